package org.cxworkbench.competitors.internal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * A strategy store for tests: plain EMF XMI files in a temporary folder, ids assigned on save like the real
 * store ({@code opportunity-3}), every load from disk into a fresh resource set.
 */
public final class XmiTestStore implements StrategyStore {

    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");

    private final Map<Strategy, Path> files = new IdentityHashMap<>();
    private int saves;

    public XmiTestStore() {
        CxStrategyPackage.eINSTANCE.eClass();
    }

    /** How many times a strategy was saved. */
    public int saves() {
        return saves;
    }

    @Override
    public Strategy load(Path file) throws StrategyFileException {
        if (!Files.exists(file)) {
            throw new StrategyFileException(file, "no such file");
        }
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
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
        throw new UnsupportedOperationException();
    }

    @Override
    public void save(Strategy strategy) throws StrategyFileException {
        saveAs(strategy, fileOf(strategy));
    }

    @Override
    public void saveAs(Strategy strategy, Path file) throws StrategyFileException {
        assignIds(strategy);
        Resource resource = strategy.eResource();
        if (resource == null) {
            resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(strategy);
        }
        resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.save(Map.of());
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
        Map<String, Integer> highest = new HashMap<>();
        strategy.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified && identified.getId() != null) {
                Matcher m = NUMBERED.matcher(identified.getId());
                if (m.matches()) {
                    highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                }
            }
        });
        if (strategy.getId() == null) {
            strategy.setId("strategy-1");
        }
        strategy.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified && identified.getId() == null) {
                String prefix = prefix(e);
                identified.setId(prefix + "-" + highest.merge(prefix, 1, Integer::sum));
            }
        });
    }

    private static String prefix(EObject element) {
        return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        set.getPackageRegistry().put(CxStrategyPackage.eNS_URI, CxStrategyPackage.eINSTANCE);
        return set;
    }
}
