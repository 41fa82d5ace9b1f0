package incidentkg.web;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

import java.util.Map;

/** One solution of a SELECT query, copied out of the read transaction. */
record Row(Map<String, RDFNode> values) {

    boolean has(String var) {
        return values.get(var) != null;
    }

    RDFNode node(String var) {
        return values.get(var);
    }

    /** The IRI, the lexical form of a literal, or "" when unbound or blank. */
    String str(String var) {
        RDFNode n = values.get(var);
        if (n == null)
            return "";
        if (n.isURIResource())
            return n.asResource().getURI();
        if (n.isLiteral())
            return n.asLiteral().getLexicalForm();
        return "";
    }

    /** The IRI, or null when unbound or not an IRI. */
    String iri(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The integer value of a literal, or the fallback. */
    long integer(String var, long fallback) {
        RDFNode n = values.get(var);
        if (n == null || !n.isLiteral())
            return fallback;
        try {
            return ((Literal) n).getLong();
        } catch (RuntimeException e) {
            try {
                return Math.round(Double.parseDouble(n.asLiteral().getLexicalForm()));
            } catch (NumberFormatException x) {
                return fallback;
            }
        }
    }
}
