package incidentkg.web;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

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

    /** What the server offers, in order of preference when the client accepts several equally. */
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml", "text/plain");

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

    /** The format that best fits an Accept header; HTML when it is absent or matches nothing offered. */
    static ResourceFormat ofAccept(String accept) {
        if (accept == null || accept.isBlank())
            return HTML;
        MediaType m;
        try {
            m = AcceptList.match(OFFER, new AcceptList(accept));
        } catch (RuntimeException e) {
            return HTML;
        }
        if (m == null)
            return HTML;
        String type = m.getContentTypeStr();
        if (type.equals("text/plain"))
            return NTRIPLES;
        for (ResourceFormat f : values())
            if (f.mediaType.equals(type))
                return f;
        return HTML;
    }
}
