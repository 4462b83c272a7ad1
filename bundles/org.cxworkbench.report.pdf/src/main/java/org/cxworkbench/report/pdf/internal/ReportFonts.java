package org.cxworkbench.report.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The embedded Unicode font (Liberation Sans, regular, bold and italic, as Identity-H subsets) and the guard
 * that keeps text from being dropped silently: every character the font cannot draw is replaced by
 * {@code ?} and remembered, so the renderer can say which characters it could not print.
 */
final class ReportFonts {

    static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    static final String ITALIC = "liberation/LiberationSans-Italic.ttf";
    static final char REPLACEMENT = '?';

    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    private final Set<String> missing = new TreeSet<>();

    ReportFonts() {
        regular = load(REGULAR);
        bold = load(BOLD);
        italic = load(ITALIC);
    }

    Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    Font italic(float size, Color color) {
        return new Font(italic, size, Font.NORMAL, color);
    }

    /** The text with every character the font cannot draw replaced by {@code ?}; those are remembered. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean drawable = Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL
                    || regular.charExists(cp);
            if (!drawable) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                missing.add(String.format("U+%04X", cp));
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The characters replaced so far, as code points ({@code U+9867}), sorted. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    private static BaseFont load(String resource) {
        byte[] bytes = FONT_FILES.computeIfAbsent(resource, ReportFonts::read);
        try {
            BaseFont font = BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSecureRandom(deterministicRandom(resource));
            return font;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load the embedded font " + resource, e);
        }
    }

    /** Subset prefixes from a seeded generator, so the same report gives the same bytes. */
    private static SecureRandom deterministicRandom(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the embedded font " + resource + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
