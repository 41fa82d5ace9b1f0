package incidentkg.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The page of any other resource (a figure, a claim, a statement, a relatedness…): its triples and evidence. */
final class GenericPage {
    private GenericPage() {}

    static String render(Kg kg, String iri) {
        Facts facts = new Facts(kg.select("facts", iri));
        Evidence evidence = new Evidence(kg.select("evidence", iri));
        String label = facts.label(iri);
        Html body = new Html();
        body.open("p", "class", "kind").text(String.join(", ", facts.classLabels())).close("p");
        body.elem("h1", label).append(Resources.header(iri));
        List<Row> out = kg.select("triples-out", iri);
        Html c = new Html().open("table", "class", "triples").raw("<tbody>");
        for (Row r : out) {
            c.open("tr").open("td").link(r.str("p"), r.has("pLabel") ? r.str("pLabel") : Links.localName(r.str("p")), "class", "pred").close("td").open("td");
            Resources.value(c, r, "o", "oLabel");
            c.close("td").close("tr");
        }
        c.raw("</tbody></table>");
        body.append(Page.panel("statements", "Statements", "triples-out", iri, c));
        Html ev = new Html();
        for (Map.Entry<String, List<Evidence.Span>> e : evidence.all().entrySet())
            for (Evidence.Span s : e.getValue())
                ev.open("li").link(s.href(), s.anchor().isEmpty() ? s.begin() + "–" + s.end() : "“" + s.anchor() + "”", "class", "ev").close("li");
        if (!ev.isEmpty())
            body.append(Page.panel("evidence", "Evidence", "evidence", iri, new Html().open("ul").append(ev).close("ul")));
        body.append(Resources.triples(kg, iri));
        return Page.render(label, body, EnumSet.noneOf(Page.Bundle.class));
    }
}
