package incidentkg.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/** Writing responses: security headers on every page, HTML, JSON and not-found answers. */
final class Http {
    /** Only the jar's own scripts run; no inline script, no other origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /**
     * The YASGUI page's policy: as {@link #CSP}, but the editor's widgets set inline styles (never scripts),
     * so styles may be inline there.
     */
    static final String CSP_INLINE_STYLES = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    /** Escapes {@code < > & = '} as \\u00XX, so that JSON never holds markup even if taken for HTML. */
    private static final Gson GSON = new GsonBuilder().create();

    private Http() {}

    static void html(HttpServletResponse resp, int status, String html) throws IOException {
        html(resp, status, html, CSP);
    }

    /** An HTML page under the content security policy {@code csp}. */
    static void html(HttpServletResponse resp, int status, String html, String csp) throws IOException {
        headers(resp);
        resp.setHeader("Content-Security-Policy", csp);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static void json(HttpServletResponse resp, Object value) throws IOException {
        headers(resp);
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(GSON.toJson(value).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(Object value) {
        return GSON.toJson(value);
    }

    static void text(HttpServletResponse resp, int status, String text) throws IOException {
        headers(resp);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String what) throws IOException {
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            Html body = new Html().elem("h1", "Not found").open("p").text(what).close("p")
                    .open("p").link("/", "Back to the incidents").close("p");
            html(resp, 404, Page.render("Not found", body, EnumSet.noneOf(Page.Bundle.class)));
        } else {
            text(resp, 404, "not found: " + what + "\n");
        }
    }

    static void headers(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
    }

    /** A request parameter, trimmed, or "" when absent. */
    static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
