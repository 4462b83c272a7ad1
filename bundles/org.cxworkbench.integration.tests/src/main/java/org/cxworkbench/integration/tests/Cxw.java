package org.cxworkbench.integration.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Runs {@code cxw} commands through the Gogo command the cli bundle registers, and records the output. */
final class Cxw {

    /** The result of one command. */
    record Result(int exitCode, String out, String err) {
    }

    private Cxw() {
    }

    static synchronized Result run(BundleContext context, String... args) throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(osgi.command.function=cxw)");
        if (refs == null || refs.length == 0) {
            throw new AssertionError("the cxw Gogo command is not registered");
        }
        Object command = context.getService(refs[0]);
        Method cxw = command.getClass().getMethod("cxw", String[].class);
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Object result = cxw.invoke(command, (Object) args);
            int code = result == null ? 0 : (Integer) result;
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            context.ungetService(refs[0]);
        }
    }
}
