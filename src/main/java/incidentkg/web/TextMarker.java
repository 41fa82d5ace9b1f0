package incidentkg.web;

import java.util.List;
import java.util.TreeSet;

/**
 * Writes an article's text as HTML with its mentions highlighted. Offsets count Unicode code points, as
 * the graph's nif:beginIndex and nif:endIndex do. Each stretch of text covered by mentions links to the
 * resource of the shortest mention covering it; an optional evidence span is wrapped in
 * {@code <mark id="evidence">} and the sentence around it in {@code <span class="sentence">}.
 */
final class TextMarker {
    /** A mention: code points [begin, end), the page it links to and a tooltip. */
    record Span(int begin, int end, String href, String title) {}

    /** A span of code points [begin, end); begin = end means none. */
    record Range(int begin, int end) {
        static final Range NONE = new Range(0, 0);

        boolean isEmpty() {
            return end <= begin;
        }

        boolean contains(Range r) {
            return begin <= r.begin && r.end <= end;
        }
    }

    private TextMarker() {}

    static Html render(String text, List<Span> spans, Range mark, Range sentence) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        mark = clamp(mark, n);
        sentence = clamp(sentence, n);
        if (mark.isEmpty() || !sentence.contains(mark))
            sentence = Range.NONE;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Span s : spans)
            if (s.begin() >= 0 && s.end() <= n && s.begin() < s.end()) {
                cuts.add(s.begin());
                cuts.add(s.end());
            }
        for (Range r : List.of(mark, sentence))
            if (!r.isEmpty()) {
                cuts.add(r.begin());
                cuts.add(r.end());
            }
        Html h = new Html();
        Integer a = null;
        for (int b : cuts) {
            if (a != null && a < b) {
                if (!sentence.isEmpty() && a == sentence.begin())
                    h.raw("<span class=\"sentence\" id=\"sentence\">");
                if (!mark.isEmpty() && a == mark.begin())
                    h.raw("<mark id=\"evidence\">");
                Span best = null;
                for (Span s : spans)
                    if (s.begin() <= a && b <= s.end() && (best == null || s.end() - s.begin() < best.end() - best.begin()))
                        best = s;
                String piece = new String(cps, a, b - a);
                if (best == null)
                    h.text(piece);
                else
                    h.link(best.href(), piece, "class", "m", "title", best.title());
                if (!mark.isEmpty() && b == mark.end())
                    h.raw("</mark>");
                if (!sentence.isEmpty() && b == sentence.end())
                    h.raw("</span>");
            }
            a = b;
        }
        return h;
    }

    private static Range clamp(Range r, int n) {
        if (r == null || r.isEmpty() || r.begin() < 0 || r.end() > n)
            return Range.NONE;
        return r;
    }
}
