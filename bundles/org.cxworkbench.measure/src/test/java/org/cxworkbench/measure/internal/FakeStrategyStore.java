package org.cxworkbench.measure.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** A strategy store for tests: real EMF XMI files in a folder, saved atomically and reloaded as the product does. */
public final class FakeStrategyStore implements StrategyStore {

    private final Map<Strategy, Path> files = new HashMap<>();
    public int saves;

    static {
        CxStrategyPackage.eINSTANCE.eClass();
    }

    @Override
    public Strategy load(Path file) throws StrategyFileException {
        if (!Files.isRegularFile(file)) {
            throw new StrategyFileException(file, "no such file");
        }
        Resource resource = newResource(file);
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
        Strategy strategy = (Strategy) resource.getContents().get(0);
        files.put(strategy, file);
        return strategy;
    }

    @Override
    public Strategy create(Path file, String name) throws StrategyFileException {
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        strategy.setName(name);
        saveAs(strategy, file);
        return strategy;
    }

    @Override
    public void save(Strategy strategy) throws StrategyFileException {
        saveAs(strategy, files.get(strategy));
    }

    @Override
    public void saveAs(Strategy strategy, Path file) throws StrategyFileException {
        assignIds(strategy);
        if (strategy.eResource() == null) {
            newResource(file).getContents().add(strategy);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            strategy.eResource().save(out, Map.of());
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
        files.put(strategy, file);
        saves++;
    }

    @Override
    public Path fileOf(Strategy strategy) {
        return files.get(strategy);
    }

    @Override
    public void assignIds(Strategy strategy) {
        Set<String> used = new HashSet<>();
        strategy.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified i && i.getId() != null) {
                used.add(i.getId());
            }
        });
        if (strategy.getId() == null) {
            strategy.setId("strategy");
        }
        int next = 1;
        for (TreeIterator<EObject> it = strategy.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified i && i.getId() == null) {
                String prefix = Character.toLowerCase(i.eClass().getName().charAt(0)) + i.eClass().getName().substring(1);
                String id;
                do {
                    id = prefix + "-" + next++;
                } while (!used.add(id));
                i.setId(id);
            }
        }
    }

    /** Saves a strategy built in memory to a new file and returns the file. */
    public Path write(Strategy strategy, Path file) throws StrategyFileException {
        saveAs(strategy, file);
        return file;
    }

    private static Resource newResource(Path file) {
        ResourceSetImpl set = new ResourceSetImpl();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        set.getResources().add(resource);
        return resource;
    }
}
