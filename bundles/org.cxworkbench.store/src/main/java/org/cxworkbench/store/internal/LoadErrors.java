package org.cxworkbench.store.internal;

import java.nio.file.Path;

import org.cxworkbench.api.store.StrategyFileException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Turns EMF and SAX load failures into messages naming the file, line and problem. */
final class LoadErrors {

    private LoadErrors() {
    }

    static StrategyFileException translate(Path file, Resource resource, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new StrategyFileException(file, sax.getLineNumber(), explain(sax.getMessage()), failure);
            }
            if (t instanceof XMIException xmi && xmi.getLine() > 0) {
                return new StrategyFileException(file, xmi.getLine(), explain(rootMessage(xmi)), failure);
            }
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            return new StrategyFileException(file, first.getLine(), explain(first.getMessage()), failure);
        }
        return new StrategyFileException(file, 0, "not a readable CX strategy: " + rootMessage(failure), failure);
    }

    static void failOnErrors(Path file, Resource resource) throws StrategyFileException {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new StrategyFileException(file, first.getLine(), explain(first.getMessage()), null);
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String explain(String message) {
        if (message == null) {
            return "not a readable CX strategy";
        }
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations and external entities are not allowed in strategy files (" + message + ")";
        }
        if (message.startsWith("Package with uri")) {
            return "not a CX strategy: " + message;
        }
        return message;
    }
}
