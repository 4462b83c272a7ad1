package org.cxworkbench.store.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.service.component.annotations.Component;

/** The {@link StrategyStore}: strategy files as XMI, loaded securely and saved atomically. */
@Component(service = StrategyStore.class)
public final class XmiStrategyStore implements StrategyStore {

    @Override
    public Strategy load(Path file) throws StrategyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        long size;
        try {
            size = Files.size(absolute);
        } catch (NoSuchFileException e) {
            throw new StrategyFileException(file, "no such file");
        } catch (IOException e) {
            throw new StrategyFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new StrategyFileException(file, 1, "the file is empty, not a CX strategy", null);
        }
        Resource resource = newResource(absolute);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(absolute), 1 << 16)) {
            resource.load(in, SecureXmiOptions.load());
        } catch (NoSuchFileException e) {
            throw new StrategyFileException(file, "no such file");
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.translate(file, resource, e);
        }
        LoadErrors.failOnErrors(file, resource);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Strategy strategy)) {
            String found = resource.getContents().isEmpty() ? "nothing"
                    : resource.getContents().get(0).eClass().getName();
            throw new StrategyFileException(file, 0, "not a CX strategy: the root element is " + found
                    + ", expected " + CxStrategyPackage.eNS_PREFIX + ":Strategy", null);
        }
        checkUniqueIds(file, strategy);
        return strategy;
    }

    @Override
    public Strategy create(Path file, String name) throws StrategyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StrategyFileException(file, "already exists; refusing to overwrite it");
        }
        if (name == null || name.isBlank()) {
            throw new StrategyFileException(file, "a strategy needs a name");
        }
        Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
        strategy.setName(name.strip());
        newResource(absolute).getContents().add(strategy);
        save(strategy);
        return strategy;
    }

    @Override
    public void save(Strategy strategy) throws StrategyFileException {
        Path file = fileOf(strategy);
        if (file == null) {
            throw new IllegalArgumentException("strategy " + strategy.getName() + " has no file; use saveAs");
        }
        write(strategy, file);
    }

    @Override
    public void saveAs(Strategy strategy, Path file) throws StrategyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        Resource resource = strategy.eResource();
        if (resource == null) {
            newResource(absolute).getContents().add(strategy);
        } else {
            resource.setURI(URI.createFileURI(absolute.toString()));
        }
        write(strategy, absolute);
    }

    @Override
    public Path fileOf(Strategy strategy) {
        Resource resource = strategy.eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        return Paths.get(resource.getURI().toFileString());
    }

    @Override
    public void assignIds(Strategy strategy) {
        IdAssigner.assign(strategy);
    }

    private void write(Strategy strategy, Path file) throws StrategyFileException {
        IdAssigner.assign(strategy);
        try {
            AtomicFileWriter.write(file, out -> strategy.eResource().save(out, SecureXmiOptions.save()));
        } catch (IOException | RuntimeException e) {
            throw new StrategyFileException(file, 0, "cannot be saved, the file was left unchanged: "
                    + LoadErrors.rootMessage(e), e);
        }
    }

    private static Resource newResource(Path absolute) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(CxStrategyPackage.eNS_URI, CxStrategyPackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(absolute.toString()));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        set.getResources().add(resource);
        return resource;
    }

    private static void checkUniqueIds(Path file, Strategy strategy) throws StrategyFileException {
        Map<String, EObject> seen = new HashMap<>();
        for (var it = strategy.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Identified identified && identified.getId() != null) {
                EObject other = seen.put(identified.getId(), next);
                if (other != null) {
                    throw new StrategyFileException(file, 0, "the id '" + identified.getId() + "' is used twice ("
                            + other.eClass().getName() + " and " + next.eClass().getName()
                            + "); every element needs its own id", null);
                }
            }
        }
    }
}
