package org.cxworkbench.web.internal.http;

import java.io.IOException;

import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends {@code /} to the workbench's start page; any other unknown path is a plain 404. */
@Component(service = Servlet.class, configurationPid = WebSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@HttpWhiteboardServletPattern("/")
public final class RootRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/ui") || path.equals("/index.html")) {
            response.sendRedirect("/ui/index.html");
        } else {
            response.sendError(404, "Not found: " + path);
        }
    }
}
