package org.cxworkbench.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code cxw} entry point in the exported product: the bnd launcher calls this {@code main.thread}
 * service once the framework has started and exits with the code it returns. The command-line arguments
 * come from the launcher's {@code launcher.arguments} service property. {@code cxw shell} keeps the
 * framework running for the Gogo shell until it stops.
 */
@Component(immediate = true, service = {})
public final class LauncherMain implements Callable<Integer> {

    /**
     * Framework property that marks the runtime as the cxw product (set in cxw.bndrun). Only then does this
     * component take the launcher's main thread; test runtimes and embedders keep theirs.
     */
    static final String PRODUCT_PROPERTY = "cxw.launcher";

    /** Service property under which the bnd launcher publishes the command-line arguments. */
    static final String LAUNCHER_ARGUMENTS = "launcher.arguments";

    private final CommandDispatcher dispatcher;
    private final BundleContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public LauncherMain(@Reference CommandDispatcher dispatcher, BundleContext context) {
        this.dispatcher = dispatcher;
        this.context = context;
    }

    private ServiceRegistration<?> registration;

    @Activate
    void activate() {
        if (Boolean.parseBoolean(context.getProperty(PRODUCT_PROPERTY))) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            registration = context.registerService(Callable.class, this, properties);
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
        stopped.countDown();
    }

    @Override
    public Integer call() throws Exception {
        List<String> args = launcherArguments();
        if (!args.isEmpty() && args.get(0).equals("shell")) {
            stopped.await();
            return 0;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Path cwd = Path.of(System.getProperty("cxw.cwd", System.getProperty("user.dir")));
        int code = dispatcher.dispatch(args, out, err, cwd, System.console() != null);
        out.flush();
        err.flush();
        return code;
    }

    private List<String> launcherArguments() throws InvalidSyntaxException {
        Collection<ServiceReference<Object>> refs = context.getServiceReferences(Object.class,
                "(" + LAUNCHER_ARGUMENTS + "=*)");
        for (ServiceReference<Object> ref : refs) {
            Object value = ref.getProperty(LAUNCHER_ARGUMENTS);
            if (value instanceof String[] array) {
                return Arrays.asList(array);
            }
        }
        return List.of();
    }
}
