package incidentkg.web;

/** Writes a query row's value: a link for an IRI (with its label), text for a literal. */
final class RowValue {
    private RowValue() {}

    static void link(Html h, Row r, String var, String labelVar) {
        String iri = r.iri(var);
        if (iri != null)
            h.append(Page.resource(iri, r.str(labelVar)));
        else
            h.text(r.str(var));
    }
}
