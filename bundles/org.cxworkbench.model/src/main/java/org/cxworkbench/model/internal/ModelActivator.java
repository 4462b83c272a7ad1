package org.cxworkbench.model.internal;

import org.cxworkbench.model.CxStrategyPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Registers the CX strategy EPackage in EMF's global registry. Plain Felix has no Eclipse extension
 * registry, so the {@code generated_package} extension of a {@code plugin.xml} would never run.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class ModelActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        EPackage.Registry.INSTANCE.put(CxStrategyPackage.eNS_URI, CxStrategyPackage.eINSTANCE);
    }

    @Override
    public void stop(BundleContext context) {
        EPackage.Registry.INSTANCE.remove(CxStrategyPackage.eNS_URI);
    }
}
