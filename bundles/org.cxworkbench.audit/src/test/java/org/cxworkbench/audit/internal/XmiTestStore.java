package org.cxworkbench.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** A strategy store for tests: plain EMF XMI files, ids assigned on save like the real store. */
final class XmiTestStore implements StrategyStore {

    int saves;

    @Override
    public Strategy load(Path file) throws StrategyFileException {
        if (!Files.exists(file)) {
            throw new StrategyFileException(file, "no such file");
        }
        Resource resource = newResource(file);
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
        return (Strategy) resource.getContents().get(0);
    }

    @Override
    public Strategy create(Path file, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save(Strategy strategy) throws StrategyFileException {
        saveAs(strategy, fileOf(strategy));
    }

    @Override
    public void saveAs(Strategy strategy, Path file) throws StrategyFileException {
        if (strategy.eResource() == null) {
            newResource(file).getContents().add(strategy);
        } else {
            strategy.eResource().setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        }
        assignIds(strategy);
        try {
            strategy.eResource().save(Map.of());
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, e.getMessage(), e);
        }
        saves++;
    }

    @Override
    public Path fileOf(Strategy strategy) {
        return Path.of(strategy.eResource().getURI().toFileString());
    }

    @Override
    public void assignIds(Strategy strategy) {
        int n = 1000;
        for (var it = strategy.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Identified identified && identified.getId() == null) {
                identified.setId(next.eClass().getName().toLowerCase() + "-" + n++);
            }
        }
    }

    private static Resource newResource(Path file) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(CxStrategyPackage.eNS_URI, CxStrategyPackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        set.getResources().add(resource);
        return resource;
    }
}
