package org.cxworkbench.releng.codegen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of one EMF project from its {@code .genmodel}, without Eclipse.
 *
 * <p>Arguments: the {@code .genmodel} file, the Eclipse project name the genmodel refers to
 * ({@code platform:/resource/NAME/...}), and the directory that plays that project.
 * Used by {@code bundles/org.cxworkbench.model} in the {@code generate-sources} phase.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateModel GENMODEL PROJECT_NAME PROJECT_DIR");
        }
        File genModelFile = new File(args[0]).getAbsoluteFile();
        String projectName = args[1];
        File projectDir = new File(args[2]).getAbsoluteFile();

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        URI projectUri = URI.createFileURI(projectDir.getPath() + File.separator);
        URI platformUri = URI.createPlatformResourceURI(projectName + "/", true);
        EcorePlugin.getPlatformResourceMap().put(projectName, projectUri);

        ResourceSet resources = new ResourceSetImpl();
        resources.getURIConverter().getURIMap().put(platformUri, projectUri);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());

        Resource resource = resources.getResource(URI.createFileURI(genModelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setCodeFormatting(false);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("invalid genmodel " + genModelFile + ": " + valid);
        }

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed for " + genModelFile + ": " + result);
        }
    }
}
