package org.cxworkbench.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** A strategy store for tests: plain EMF XMI files, ids assigned on save, every load from disk. */
final class XmiTestStore implements StrategyStore {

    private int nextId = 1;

    XmiTestStore() {
        CxStrategyPackage.eINSTANCE.eClass();
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        set.getPackageRegistry().put(CxStrategyPackage.eNS_URI, CxStrategyPackage.eINSTANCE);
        return set;
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
        return (Strategy) resource.getContents().get(0);
    }

    @Override
    public Strategy create(Path file, String name) throws StrategyFileException {
        Strategy strategy = org.cxworkbench.model.CxStrategyFactory.eINSTANCE.createStrategy();
        strategy.setName(name);
        saveAs(strategy, file);
        return strategy;
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
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "save", ".tmp");
            try (var out = Files.newOutputStream(temp)) {
                resource.save(out, Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
    }

    @Override
    public Path fileOf(Strategy strategy) {
        return Path.of(strategy.eResource().getURI().toFileString());
    }

    @Override
    public void assignIds(Strategy strategy) {
        if (strategy.getId() == null) {
            strategy.setId("strategy");
        }
        TreeIterator<EObject> all = strategy.eAllContents();
        while (all.hasNext()) {
            EObject object = all.next();
            if (object instanceof Identified identified && identified.getId() == null) {
                identified.setId(object.eClass().getName().toLowerCase() + "-" + nextId++);
            }
        }
    }
}
