package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.api.command.CxwCommand;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** The product's bundles start in Felix, every component is satisfied, and the commands are there. */
class ProductRuntimeTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ServiceComponentRuntime scr;

    @Test
    void everyBundleIsActiveOrLazilyStarting() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean lazy = "lazy".equals(bundle.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY));
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getState() != Bundle.ACTIVE && !(lazy && bundle.getState() == Bundle.STARTING) && !fragment) {
                problems.add(bundle.getSymbolicName() + " is in state " + bundle.getState());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyComponentOfTheWorkbenchIsSatisfied() {
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() == null || !bundle.getSymbolicName().startsWith("org.cxworkbench.")) {
                continue;
            }
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                    components++;
                    if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                            || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        problems.add(description.name + " in " + bundle.getSymbolicName() + ": state "
                                + configuration.state + " " + configuration.failure);
                    }
                }
            }
        }
        assertTrue(components >= 8, "only " + components + " components found");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theStrategyPackageIsRegisteredWithoutAnExtensionRegistry() {
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://cxworkbench.org/cxstrategy/1.0");
        assertNotNull(registered);
        assertEquals("model", registered.getName());
    }

    @Test
    void theScriptedCommandsAreRegistered() throws Exception {
        Set<String> names = new TreeSet<>();
        for (var ref : context.getServiceReferences(CxwCommand.class, null)) {
            names.add(String.valueOf(ref.getProperty(CxwCommand.NAME)));
        }
        for (String required : List.of("new", "status", "validate", "plugins", "strategy")) {
            assertTrue(names.contains(required), required + " missing from " + names);
        }
    }

    @Test
    void theTestRuntimeHasEveryBundleTheProductRequires() throws Exception {
        String bndrun = Files.readString(Path.of("../../product/org.cxworkbench.product/cxw.bndrun"));
        Matcher m = Pattern.compile("bnd\\.identity;id='([^']+)'").matcher(bndrun);
        Set<String> present = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            present.add(bundle.getSymbolicName());
        }
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            if (!present.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "add to tests.bndrun: " + missing);
    }
}
