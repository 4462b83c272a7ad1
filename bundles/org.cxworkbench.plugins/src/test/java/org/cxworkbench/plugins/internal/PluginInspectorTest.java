package org.cxworkbench.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Activation failures are shown in one line with their root cause, not as SCR's stack trace. */
class PluginInspectorTest {

    @Test
    void anActivationFailureIsSummarisedByItsRootCause() {
        String failure = "java.lang.reflect.InvocationTargetException\n"
                + "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n"
                + "\tat org.apache.felix.scr.impl.manager.SingleComponentManager.createComponent(SingleComponentManager.java:115)\n"
                + "Caused by: java.lang.IllegalStateException: the faulty plugin cannot start on purpose\n"
                + "\tat org.cxworkbench.testplugin.faulty.FailingActivation.<init>(FailingActivation.java:13)\n"
                + "\t... 85 more\n";
        assertEquals("java.lang.reflect.InvocationTargetException, caused by java.lang.IllegalStateException: the "
                + "faulty plugin cannot start on purpose", PluginInspector.summary(failure));
        assertEquals("java.lang.IllegalStateException: no configuration",
                PluginInspector.summary("java.lang.IllegalStateException: no configuration"));
        assertEquals("(no reason given)", PluginInspector.summary(null));
    }
}
