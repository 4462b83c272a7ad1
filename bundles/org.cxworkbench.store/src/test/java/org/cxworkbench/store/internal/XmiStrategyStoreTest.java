package org.cxworkbench.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiStrategyStoreTest {

    @TempDir
    Path dir;

    private final XmiStrategyStore store = new XmiStrategyStore();

    @Test
    void roundTripIsLosslessAndByteStable() throws Exception {
        Path file = dir.resolve("acme.cxs");
        Strategy original = StrategyFixture.acmeLike(3);
        store.saveAs(original, file);
        byte[] first = Files.readAllBytes(file);

        Strategy loaded = store.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "the loaded strategy equals the saved one");
        store.saveAs(loaded, dir.resolve("again.cxs"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.cxs")), "a second save is byte-identical");

        String xml = new String(first, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
        assertTrue(xml.contains("kpi=\"kpi-definition-1\""), "references are written as stable ids");
        assertTrue(xml.contains("ûnderfining"), "UTF-8 text is kept as it is");
        assertTrue(xml.lines().count() > 20, "one element per line");
    }

    @Test
    void assignsReadableIdsWithoutReusingNumbers() throws Exception {
        Path file = dir.resolve("ids.cxs");
        Strategy strategy = StrategyFixture.acmeLike(2);
        strategy.getTouchpoints().get(1).setId("touchpoint-7");
        store.saveAs(strategy, file);
        assertEquals("goal-1", strategy.getGoals().get(0).getId());
        assertEquals("goal-2", strategy.getGoals().get(0).getChildren().get(0).getId());
        assertEquals("touchpoint-8", strategy.getTouchpoints().get(0).getId());
        assertEquals("touchpoint-9", strategy.getTouchpoints().get(2).getId());
    }

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("s.cxs");
        Strategy strategy = store.create(file, "First");
        byte[] v1 = Files.readAllBytes(file);
        strategy.setName("Second");
        store.save(strategy);
        assertArrayEquals(v1, Files.readAllBytes(dir.resolve("s.cxs.bak")));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "a saved file is not left readable by its owner only");
        assertEquals("Second", store.load(file).getName());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("s.cxs");
        Files.writeString(file, "precious");
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.create(file, "X"));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void malformedXmlNamesFileAndLine() throws Exception {
        Path file = dir.resolve("broken.cxs");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<cxs:Strategy xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:cxs=\"http://cxworkbench.org/cxstrategy/1.0\" id=\"s\" name=\"x\">\n"
                + "  <goals id=\"goal-1\" name=\"a\">\n"
                + "</cxs:Strategy>\n");
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith(file + ":4: "), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = dir.resolve("xxe.cxs");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<cxs:Strategy xmlns:cxs=\"http://cxworkbench.org/cxstrategy/1.0\" name=\"&e;\"/>\n");
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertEquals(2, e.line());
    }

    @Test
    void foreignXmlIsNotAStrategy() throws Exception {
        Path file = dir.resolve("foreign.cxs");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("not a CX strategy"), e.getMessage());
    }

    @Test
    void unknownElementsAndDanglingReferencesNameTheLine() throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cxs:Strategy xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cxs=\"http://cxworkbench.org/cxstrategy/1.0\" "
                + "id=\"s\" name=\"x\">\n";
        Path unknown = dir.resolve("unknown.cxs");
        Files.writeString(unknown, head + "  <gaols id=\"goal-1\"/>\n</cxs:Strategy>\n");
        StrategyFileException e1 = assertThrows(StrategyFileException.class, () -> store.load(unknown));
        assertEquals(3, e1.line(), e1.getMessage());
        assertTrue(e1.getMessage().contains("gaols"), e1.getMessage());

        Path dangling = dir.resolve("dangling.cxs");
        Files.writeString(dangling, head + "  <goals id=\"goal-1\" name=\"g\" kpi=\"kpi-definition-9\"/>\n</cxs:Strategy>\n");
        StrategyFileException e2 = assertThrows(StrategyFileException.class, () -> store.load(dangling));
        assertTrue(e2.getMessage().contains("kpi-definition-9"), e2.getMessage());
        assertEquals(3, e2.line(), e2.getMessage());
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        Path file = dir.resolve("dup.cxs");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cxs:Strategy xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cxs=\"http://cxworkbench.org/cxstrategy/1.0\" "
                + "id=\"s\" name=\"x\">\n  <goals id=\"goal-1\" name=\"a\"/>\n  <personas id=\"goal-1\" name=\"b\"/>\n"
                + "</cxs:Strategy>\n");
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("'goal-1' is used twice"), e.getMessage());
    }

    @Test
    void missingAndEmptyFilesGiveClearMessages() throws Exception {
        StrategyFileException missing = assertThrows(StrategyFileException.class,
                () -> store.load(dir.resolve("nope.cxs")));
        assertTrue(missing.getMessage().endsWith("nope.cxs: no such file"), missing.getMessage());
        Path empty = Files.createFile(dir.resolve("empty.cxs"));
        StrategyFileException e = assertThrows(StrategyFileException.class, () -> store.load(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
