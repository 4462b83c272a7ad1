package org.cxworkbench.web.internal.server;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Lets every thread of the server use log4j (which Apache POI logs through when the report is written as
 * XLSX or an XLSX survey export is read).
 *
 * <p>The OSGi activator of log4j-api takes its start-up lock on the thread that starts the framework (the
 * launcher's main thread) and releases it only when a log4j provider bundle starts. The product has none (the
 * launcher selects log4j's simple provider by system property), so the lock stays with the main thread: the
 * commands, which run there, can use log4j, but the first use on any other thread (a report or import job of
 * the web workbench) would wait for the lock forever. Initialising log4j once on the main thread, before the
 * server answers requests, makes later uses skip the lock.
 */
final class Log4jStartup {

    static final String LOG4J_API = "org.apache.logging.log4j.api";

    private Log4jStartup() {
    }

    /** Initialises log4j's {@code LogManager} on the calling thread, if log4j-api is installed. */
    static void initialise() {
        Bundle own = FrameworkUtil.getBundle(Log4jStartup.class);
        BundleContext context = own == null ? null : own.getBundleContext();
        if (context == null) {
            return;
        }
        for (Bundle bundle : context.getBundles()) {
            if (LOG4J_API.equals(bundle.getSymbolicName())) {
                try {
                    Class<?> logManager = bundle.loadClass("org.apache.logging.log4j.LogManager");
                    Class.forName(logManager.getName(), true, logManager.getClassLoader());
                } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                    // logging stays as it is; only POI's log messages depend on it
                }
            }
        }
    }
}
