package incidentkg.text;

import incidentkg.model.ArticleMetadata;
import incidentkg.model.Segment;
import incidentkg.model.SegmentKind;
import incidentkg.model.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes an article's metadata from its text where the sidecar is silent:
 * <ul>
 * <li>a wire dateline at the start ("PLACE, 23 AUG 88 (SOURCE) --") gives the date, the place and the
 *     publisher; the source may be missing ("PLACE, 23 AUG 88 --"), the date may be "NO DATE" and the place
 *     "NO CITY"; a place qualified by its country ("PLACE (COUNTRY), 23 AUG 88 --") is a report filed from
 *     abroad, so its date and publisher are taken but not its place (the article's incidents are rarely
 *     there);</li>
 * <li>otherwise the latest full date ("Nov. 20, 2015", "July 9, 2015", "20 November 2015") written in a photo
 *     caption, else anywhere in the text, is taken as the publication date;</li>
 * <li>the first headline is the title.</li>
 * </ul>
 * The patterns recognise the shape of dates and datelines only; they know no names.
 */
public final class MetadataInference {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
                                                       Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
                                                       Pattern.CASE_INSENSITIVE);
    /** PLACE [(COUNTRY)], DAY MONTH YEAR | NO DATE [(SOURCE)] -- */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([\\p{L} .'\\-]{2,60}?)(\\s*\\([\\p{L} .'\\-]{2,40}\\))?,\\s+"
            + "(?:(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{2}|\\d{4})|no\\s+date)"
            + "\\s*(?:\\(([^)]{2,80})\\))?\\s*--",
            Pattern.CASE_INSENSITIVE);
    /** What a wire dateline writes when it has no place. */
    private static final Pattern NO_PLACE = Pattern.compile("no\\s+city", Pattern.CASE_INSENSITIVE);

    /**
     * The span of the wire dateline that opens {@code text} ("PLACE, 23 AUG 88 (SOURCE) --"), from the place to
     * the dashes, or null when the text has none. Its numbers are a date, never a count.
     */
    public static Span datelineSpan(String text) {
        Matcher d = DATELINE.matcher(text);
        return d.find() ? new Span(d.start(1), d.end()) : null;
    }

    public ArticleMetadata complete(String text, List<Segment> segments, ArticleMetadata meta) {
        Matcher d = DATELINE.matcher(text);
        if (d.find()) {
            LocalDate date = d.group(3) == null ? null : date(d.group(5), d.group(4), d.group(3));
            if (date != null && meta.date().isEmpty())
                meta = meta.withDate(date, "dateline", new Span(d.start(3), d.end(5)));
            if (d.group(2) == null && !NO_PLACE.matcher(d.group(1).strip()).matches())
                meta = meta.withDatelinePlace(d.group(1).strip());
            if (meta.publisher().isEmpty() && d.group(6) != null)
                meta = meta.withPublisher(d.group(6).strip());
        }
        if (meta.date().isEmpty()) {
            Dated best = latest(text, segments, SegmentKind.CAPTION);
            String source = "caption";
            if (best == null) {
                best = latest(text, segments, null);
                source = "text";
            }
            if (best != null)
                meta = meta.withDate(best.date, source, best.span);
        }
        if (meta.title().isEmpty()) {
            for (Segment s : segments)
                if (s.kind() == SegmentKind.HEADLINE) {
                    meta = meta.withTitle(s.span().of(text));
                    break;
                }
        }
        return meta;
    }

    private record Dated(LocalDate date, Span span) {}

    private static Dated latest(String text, List<Segment> segments, SegmentKind kind) {
        Dated best = null;
        for (Segment s : segments) {
            if (kind != null && s.kind() != kind)
                continue;
            String part = s.span().of(text);
            int off = s.span().begin();
            Matcher m = MDY.matcher(part);
            while (m.find())
                best = later(best, date(m.group(3), m.group(1), m.group(2)), new Span(off + m.start(), off + m.end()));
            m = DMY.matcher(part);
            while (m.find())
                best = later(best, date(m.group(3), m.group(2), m.group(1)), new Span(off + m.start(), off + m.end()));
        }
        return best;
    }

    private static Dated later(Dated best, LocalDate d, Span span) {
        if (d == null)
            return best;
        return best == null || d.isAfter(best.date) ? new Dated(d, span) : best;
    }

    /** A date from year, month name and day strings, or null if it is not a real date. */
    static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2)
                y += y >= 50 ? 1900 : 2000;
            return LocalDate.of(y, month(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new DateTimeException("no month " + name);
        };
    }
}
