package org.cxworkbench.web.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the pages of this bundle ({@code /ui/...} in the bundle) as HTTP whiteboard resources under
 * {@code /ui}. The server bundle sends {@code /} to {@code /ui/index.html} and adds the security headers.
 */
@Component(service = UiResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/ui")
public final class UiResources {
}
