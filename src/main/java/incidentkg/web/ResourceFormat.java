package incidentkg.web;

import org.apache.jena.riot.RDFFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The forms a resource is served in, chosen by {@code ?format=} or else by the Accept header: HTML for
 * browsers (and when nothing better matches), Turtle, JSON-LD, N-Triples or RDF/XML for clients.
 */
enum ResourceFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    final String mediaType;
    final String param;
    final RDFFormat rdf;

    ResourceFormat(String mediaType, String param, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.param = param;
        this.rdf = rdf;
    }

    /** The format for a {@code ?format=} value, or null when it names none. */
    static ResourceFormat ofParam(String param) {
        for (ResourceFormat f : values())
            if (f.param.equalsIgnoreCase(param))
                return f;
        return null;
    }

    /**
     * The format that best fits an Accept header: the highest quality, the most specific range deciding
     * each type's quality, and this enum's order breaking ties (so {@code *}{@code /*} gives HTML). HTML
     * when the header is absent or accepts nothing offered; {@code text/plain} is served as N-Triples.
     */
    static ResourceFormat ofAccept(String accept) {
        if (accept == null || accept.isBlank())
            return HTML;
        List<String[]> ranges = new ArrayList<>();   // {type, subtype, q}
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String[] t = bits[0].strip().toLowerCase(Locale.ROOT).split("/");
            if (t.length != 2 || t[0].isEmpty() || t[1].isEmpty())
                continue;
            String q = "1";
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].strip();
                if (b.startsWith("q="))
                    q = b.substring(2).strip();
            }
            ranges.add(new String[] {t[0], t[1], q});
        }
        ResourceFormat best = null;
        double bestQ = 0;
        for (ResourceFormat f : values()) {
            double q = quality(ranges, f.mediaType);
            if (f == HTML)
                q = Math.max(q, quality(ranges, "application/xhtml+xml"));
            if (f == NTRIPLES)
                q = Math.max(q, quality(ranges, "text/plain") * 0.99);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return best == null ? HTML : best;
    }

    /** The quality the ranges give a media type: that of the most specific matching range, 0 when none. */
    private static double quality(List<String[]> ranges, String mediaType) {
        String[] mt = mediaType.split("/");
        int specificity = -1;
        double q = 0;
        for (String[] r : ranges) {
            int s;
            if (r[0].equals(mt[0]) && r[1].equals(mt[1]))
                s = 2;
            else if (r[0].equals(mt[0]) && r[1].equals("*"))
                s = 1;
            else if (r[0].equals("*") && r[1].equals("*"))
                s = 0;
            else
                continue;
            if (s > specificity) {
                specificity = s;
                try {
                    q = Double.parseDouble(r[2]);
                } catch (NumberFormatException e) {
                    q = 0;
                }
            }
        }
        return q;
    }
}
