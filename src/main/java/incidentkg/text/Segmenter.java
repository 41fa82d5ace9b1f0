package incidentkg.text;

import incidentkg.model.Segment;
import incidentkg.model.SegmentKind;
import incidentkg.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article's text into segments and tells headlines, body, captions, credits and teasers apart,
 * from the layout alone (no knowledge of names):
 * <ul>
 * <li>blocks are separated by blank lines; a block of hard-wrapped lines (wire copy) is one paragraph,
 *     otherwise every line is a segment;</li>
 * <li>a line without closing punctuation, or a short question, is headline-like: a headline before the first
 *     paragraph of running text, a teaser (another story's headline) after it;</li>
 * <li>a short line of the form "Name | Agency" or starting "Photo:" is a credit, and the segment before a
 *     credit is a caption;</li>
 * <li>running text in a block that also holds teaser headlines is a teaser blurb.</li>
 * </ul>
 */
public final class Segmenter {
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:[\\p{L}\\p{M}.'\\- ]{2,60}\\s*[|/]\\s*[\\p{L}\\p{M}.'\\- ]{1,40}|(?:Photo|Image|Picture|Credit)s?\\s*:.{0,80})$");
    private static final Pattern CLOSED = Pattern.compile(".*[.!;:\"'\u201d\u2019)\\]]$");
    private static final int WRAP_MIN = 50;
    private static final int WRAP_MAX = 100;

    private record Line(int begin, int end, String text) {}

    public List<Segment> segment(String text) {
        List<List<Line>> blocks = blocks(text);
        boolean wrapped = isHardWrapped(blocks);
        List<Segment> out = new ArrayList<>();
        boolean seenBody = false;
        for (List<Line> block : blocks) {
            List<Line> units = wrapped ? List.of(join(text, block)) : block;
            List<SegmentKind> kinds = new ArrayList<>();
            boolean blockHasTeaser = false;
            for (Line u : units) {
                SegmentKind k;
                if (u.text().length() <= 80 && !wrapped && CREDIT.matcher(u.text()).matches())
                    k = SegmentKind.CREDIT;
                else if (isHeadlineLike(u.text()) && !wrapped)
                    k = seenBody ? SegmentKind.TEASER : SegmentKind.HEADLINE;
                else
                    k = SegmentKind.BODY;
                if (k == SegmentKind.TEASER)
                    blockHasTeaser = true;
                if (k == SegmentKind.BODY)
                    seenBody = true;
                kinds.add(k);
            }
            for (int i = 0; i < units.size(); i++) {
                SegmentKind k = kinds.get(i);
                if (k == SegmentKind.BODY && i + 1 < units.size() && kinds.get(i + 1) == SegmentKind.CREDIT)
                    k = SegmentKind.CAPTION;
                else if (k == SegmentKind.BODY && blockHasTeaser)
                    k = SegmentKind.TEASER;
                kinds.set(i, k);
            }
            for (int i = 0; i < units.size(); i++)
                out.add(new Segment(kinds.get(i), new Span(units.get(i).begin(), units.get(i).end())));
        }
        for (int i = 0; i + 1 < out.size(); i++)
            if (out.get(i).kind() == SegmentKind.BODY && out.get(i + 1).kind() == SegmentKind.CREDIT)
                out.set(i, new Segment(SegmentKind.CAPTION, out.get(i).span()));
        return out;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isHeadlineLike(String line) {
        // trailing blanks cut by hand: the regex [\p{Z}\s]+$ takes quadratic time on a long run of blanks
        String t = line.strip();
        int end = t.length();
        while (end > 0 && blank(t.charAt(end - 1)))
            end--;
        t = t.substring(0, end);
        int words = t.split("\\s+").length;
        if (words > 20)
            return false;
        if (t.endsWith("?"))
            return words <= 12;
        return !CLOSED.matcher(t).matches();
    }

    private static List<List<Line>> blocks(String text) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            // trim the line to its visible text
            int b = pos, e = end;
            while (b < e && blank(text.charAt(b))) b++;
            while (e > b && blank(text.charAt(e - 1))) e--;
            if (b == e) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(new Line(b, e, text.substring(b, e)));
            }
            if (nl < 0)
                break;
            pos = nl + 1;
        }
        if (!current.isEmpty())
            blocks.add(current);
        return blocks;
    }

    /**
     * Wire copy: most multi-line blocks have every line but the last between 50 and 100 characters, over at
     * least three lines in all.
     */
    private static boolean isHardWrapped(List<List<Line>> blocks) {
        int multi = 0, wrappedBlocks = 0, wrappedLines = 0;
        for (List<Line> block : blocks) {
            if (block.size() < 2)
                continue;
            multi++;
            boolean all = true;
            for (int i = 0; i < block.size() - 1; i++) {
                int len = block.get(i).text().length();
                if (len < WRAP_MIN || len > WRAP_MAX)
                    all = false;
            }
            if (all) {
                wrappedBlocks++;
                wrappedLines += block.size();
            }
        }
        return wrappedLines >= 3 && wrappedBlocks * 2 > multi;
    }

    private static Line join(String text, List<Line> block) {
        Line first = block.get(0), last = block.get(block.size() - 1);
        return new Line(first.begin(), last.end(), text.substring(first.begin(), last.end()));
    }
}
