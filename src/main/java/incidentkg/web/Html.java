package incidentkg.web;

/**
 * Builds HTML text. Every text and attribute value goes through {@link #esc(String)}, the one escaping
 * helper of the web pages; only constant markup written in this package is appended raw.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(4096);

    /** Escapes {@code & < > " '} so that any string is safe as element text and as a quoted attribute value. */
    static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16);
                out.append(s, 0, i);
            }
            if (out != null) {
                if (rep != null)
                    out.append(rep);
                else
                    out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Appends constant markup (never data). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    /** Opens an element with attributes given as name, value pairs (values escaped; null values skipped). */
    Html open(String tag, String... attrs) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null)
                sb.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
        }
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html elem(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** Whether a link target is safe to follow: a local path, a fragment, or http(s); never javascript: or data:. */
    static boolean safeHref(String href) {
        return href != null && (href.startsWith("/") && !href.startsWith("//") || href.startsWith("#") || href.startsWith("?")
                || href.startsWith("http://") || href.startsWith("https://"));
    }

    /** A link with escaped text; a target that is not {@linkplain #safeHref safe} gives the text alone. */
    Html link(String href, String text, String... attrs) {
        if (!safeHref(href))
            return elem("span", text, "class", "nolink");
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return elem("a", text, all);
    }

    /** Appends another builder's markup. */
    Html append(Html other) {
        sb.append(other.sb);
        return this;
    }

    boolean isEmpty() {
        return sb.length() == 0;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
