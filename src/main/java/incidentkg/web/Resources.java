package incidentkg.web;

import java.util.List;

/** Panels shared by every resource page: the IRI and its formats, where the text mentions it, all triples. */
final class Resources {
    private Resources() {}

    /** The resource's IRI and links to its data in each RDF format. */
    static Html header(String iri) {
        Html h = new Html().open("p", "class", "iri").elem("code", iri).raw(" ");
        for (ResourceFormat f : ResourceFormat.values())
            if (f.rdf != null)
                h.link(Links.href(iri) + "?format=" + f.param, f.param, "class", "format", "type", f.mediaType).raw(" ");
        return h.close("p");
    }

    /** The mentions of the resource itself in articles, with their text. */
    static Html mentions(String iri, Evidence evidence) {
        List<Evidence.Span> self = evidence.self();
        Html c = new Html();
        if (self.isEmpty())
            return c;
        c.open("ul", "class", "mentions");
        for (Evidence.Span s : self) {
            c.open("li").link(s.href(), s.anchor().isEmpty() ? s.begin() + "–" + s.end() : "“" + s.anchor() + "”", "class", "ev");
            c.raw(" ").elem("span", Links.localName(s.article()) + " " + s.begin() + "–" + s.end(), "class", "muted").close("li");
        }
        c.close("ul");
        return Page.panel("mentions", "Where the text mentions it", "evidence", iri, c);
    }

    /** Every triple about the resource, outgoing and incoming, folded away. */
    static Html triples(Kg kg, String iri) {
        List<Row> out = kg.select("triples-out", iri);
        List<Row> in = kg.select("triples-in", iri);
        Html c = new Html().open("details", "class", "triples").elem("summary", out.size() + " statements about it, " + in.size() + " pointing to it");
        c.open("table", "class", "triples").raw("<tbody>");
        for (Row r : out) {
            c.open("tr").open("td").append(predicate(r)).close("td").open("td");
            value(c, r, "o", "oLabel");
            c.close("td").close("tr");
        }
        c.raw("</tbody></table>");
        if (!in.isEmpty()) {
            c.elem("h3", "Pointing to it");
            c.open("table", "class", "triples").raw("<tbody>");
            for (Row r : in) {
                c.open("tr").open("td");
                value(c, r, "s", "sLabel");
                c.close("td").open("td").append(predicate(r)).close("td").close("tr");
            }
            c.raw("</tbody></table>");
        }
        c.close("details");
        return Page.panel("triples", "All triples", "triples-out", iri, c);
    }

    private static Html predicate(Row r) {
        Html h = new Html();
        String p = r.str("p");
        return h.link(p, r.has("pLabel") ? r.str("pLabel") : Links.localName(p), "title", p, "class", "pred");
    }

    static void value(Html c, Row r, String var, String labelVar) {
        var n = r.node(var);
        if (n == null)
            return;
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            c.link(Links.href(iri), r.has(labelVar) ? r.str(labelVar) : iri, "title", iri);
        } else if (n.isLiteral()) {
            String s = n.asLiteral().getLexicalForm();
            c.text(s.length() > 400 ? s.substring(0, 400) + "…" : s);
            String lang = n.asLiteral().getLanguage();
            if (!lang.isEmpty())
                c.raw(" ").elem("span", "@" + lang, "class", "muted");
        } else {
            c.elem("span", "(blank node)", "class", "muted");
        }
    }
}
