package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the pages' scripts, styles, images and map outline from the jar ({@code incidentkg/web/assets/}):
 * no CDN and no internet are needed.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "/incidentkg/web/assets/";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "png", "image/png", "svg", "image/svg+xml",
            "rq", "application/sparql-query; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || !path.matches("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+") || path.contains("..")) {
            Http.notFound(req, resp, req.getRequestURI());
            return;
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        try (InputStream in = type == null ? null : AssetServlet.class.getResourceAsStream(FOLDER + path.substring(1))) {
            if (in == null) {
                Http.notFound(req, resp, req.getRequestURI());
                return;
            }
            Http.headers(resp);
            resp.setStatus(200);
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
