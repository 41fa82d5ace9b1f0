package incidentkg.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * An article's page: title and metadata, the incidents it reports, and its text with every extracted
 * mention highlighted and linked; {@code ?mark=BEGIN-END} (code points) highlights one evidence span and
 * its sentence.
 */
final class ArticlePage {
    private final Kg kg;
    private final String iri;
    private final String markParam;

    ArticlePage(Kg kg, String iri, String markParam) {
        this.kg = kg;
        this.iri = iri;
        this.markParam = markParam;
    }

    String render() {
        List<Row> meta = kg.select("article-text", iri);
        Row m = meta.isEmpty() ? null : meta.get(0);
        String title = m != null && m.has("title") ? m.str("title") : Links.localName(iri);
        Html body = new Html();
        body.elem("p", "Article", "class", "kind").elem("h1", title).append(Resources.header(iri));
        Html info = new Html().open("dl", "class", "facts");
        if (m != null) {
            for (String[] f : new String[][] {{"date", "Date"}, {"publisher", "Publisher"}, {"identifier", "Identifier"}})
                if (m.has(f[0]))
                    info.elem("dt", f[1]).elem("dd", m.str(f[0]));
            if (m.has("source")) {
                String src = m.str("source");
                info.elem("dt", "Source").open("dd");
                if (src.startsWith("http://") || src.startsWith("https://"))
                    info.link(src, src, "rel", "noopener nofollow");
                else
                    info.text(src);
                info.close("dd");
            }
        }
        info.close("dl");
        List<Row> incidents = kg.select("article-incidents", iri);
        info.elem("h3", "Incidents it reports").open("ul");
        for (Row r : incidents) {
            info.open("li").append(Page.resource(r.iri("incident"), r.str("label")));
            if (r.has("earliest"))
                info.raw(" ").elem("span", r.str("earliest"), "class", "muted");
            info.close("li");
        }
        info.close("ul");
        body.append(Page.panel("about", "About the article", "article-incidents", iri, info));

        List<Row> mentions = kg.select("article-mentions", iri);
        TextMarker.Range mark = parseMark(markParam);
        TextMarker.Range sentence = TextMarker.Range.NONE;
        List<TextMarker.Span> spans = new ArrayList<>();
        for (Row r : mentions) {
            int b = (int) r.integer("begin", -1), e = (int) r.integer("end", -1);
            if (!mark.isEmpty() && b == mark.begin() && e == mark.end() && r.has("sbegin"))
                sentence = new TextMarker.Range((int) r.integer("sbegin", 0), (int) r.integer("send", 0));
            if (r.has("thing") && r.has("thingLabel"))
                spans.add(new TextMarker.Span(b, e, Links.href(r.str("thing")), r.str("thingLabel")));
        }
        if (!mark.isEmpty() && sentence.isEmpty())
            sentence = sentenceAround(mentions, mark);
        Html text = new Html();
        if (!mark.isEmpty())
            text.open("p", "class", "mark-note").text("The highlighted span is the evidence asked for; the sentence around it is shaded. ")
                .link("#evidence", "Jump to it").close("p");
        text.open("div", "class", "article-text", "id", "article-text");
        text.append(TextMarker.render(m == null ? "" : m.str("text"), spans, mark, sentence));
        text.close("div");
        body.append(Page.panel("text", "Text, with " + spans.size() + " extracted mentions", "article-mentions", iri, text));
        body.append(Resources.triples(kg, iri));
        return Page.render(title, body, EnumSet.noneOf(Page.Bundle.class));
    }

    /** The shortest sentence mention containing the span, if the graph has one. */
    private static TextMarker.Range sentenceAround(List<Row> mentions, TextMarker.Range mark) {
        TextMarker.Range best = TextMarker.Range.NONE;
        for (Row r : mentions) {
            if (!r.has("sbegin"))
                continue;
            TextMarker.Range s = new TextMarker.Range((int) r.integer("sbegin", 0), (int) r.integer("send", 0));
            if (s.contains(mark) && (best.isEmpty() || s.end() - s.begin() < best.end() - best.begin()))
                best = s;
        }
        return best;
    }

    static TextMarker.Range parseMark(String param) {
        if (param == null || !param.matches("\\d{1,9}-\\d{1,9}"))
            return TextMarker.Range.NONE;
        String[] p = param.split("-");
        return new TextMarker.Range(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
}
