package incidentkg.extract;

import incidentkg.extract.Mentions.DateMention;
import incidentkg.extract.Mentions.DurationMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SUTime's date values into day ranges: a day gives that day, a month its first and last day, a year
 * its first and last day. "last March" is the latest March before the article's date (SUTime takes the
 * year before). A date right after a reporting verb ("said on Thursday") is marked as a reporting date,
 * not the date of what is reported. Durations ("five days") are kept for "N days after …".
 */
public final class DateFinder {
    private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final int MAX_YEARS_AWAY = 60;
    private static final int EARLIEST_YEAR_WITHOUT_REFERENCE = 1900;
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "confirm", "tweet",
            "state", "responsibility", "add", "deny");

    public List<DateMention> dates(AnnotatedArticle doc, LocalDate reference) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tk = t.get(i);
                if (!(tk.ner().equals("DATE") || tk.ner().equals("TIME")) || tk.normalized() == null)
                    continue;
                int last = i;
                while (last + 1 < t.size() && tk.normalized().equals(t.get(last + 1).normalized()))
                    last++;
                boolean lastWord = false;
                for (int k = Math.max(0, i - 1); k <= last; k++)
                    lastWord |= MentionFinder.lower(t.get(k)).equals("last");
                LocalDate[] range = range(tk.normalized(), reference, lastWord);
                if (range != null && !plausibleYear(range[0].getYear(), reference))
                    range = null;
                if (range != null) {
                    boolean reporting = false;
                    for (int k = Math.max(0, i - 3); k < i; k++)
                        reporting |= REPORTING.contains(MentionFinder.lemma(t.get(k)));
                    out.add(new DateMention(new Span(tk.span().begin(), t.get(last).span().end()), s.index(), i, last,
                                            range[0], range[1], reporting));
                }
                i = last;
            }
        }
        return out;
    }

    /**
     * False for a year that is rather a number SUTime read as one: "some 1600 Peruvians" far from the
     * article's time, or, in an article without a date, a clock time before the modern era ("at 0900").
     */
    static boolean plausibleYear(int year, LocalDate reference) {
        if (reference == null)
            return year >= EARLIEST_YEAR_WITHOUT_REFERENCE;
        return Math.abs(year - reference.getYear()) <= MAX_YEARS_AWAY;
    }

    public List<DurationMention> durations(AnnotatedArticle doc) {
        List<DurationMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tk = t.get(i);
                if (!tk.ner().equals("DURATION") || tk.normalized() == null)
                    continue;
                int last = i;
                while (last + 1 < t.size() && tk.normalized().equals(t.get(last + 1).normalized()))
                    last++;
                try {
                    out.add(new DurationMention(s.index(), i, last, Period.parse(tk.normalized())));
                } catch (DateTimeParseException e) {
                    // hours, vague durations: not used
                }
                i = last;
            }
        }
        return out;
    }

    /** The first and last day of a SUTime value, or null when it is no calendar date. */
    static LocalDate[] range(String value, LocalDate reference, boolean last) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.find()) {
                int year = m.group(1).equals("XXXX") ? reference == null ? -1 : reference.getYear()
                                                     : Integer.parseInt(m.group(1));
                if (year < 0)
                    return null;
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new LocalDate[] {d, d};
            }
            m = MONTH.matcher(value);
            if (m.find()) {
                int month = Integer.parseInt(m.group(2));
                int year;
                if (m.group(1).equals("XXXX") || last) {
                    if (reference == null)
                        return null;
                    year = month < reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
                    if (!last && !m.group(1).equals("XXXX"))
                        year = Integer.parseInt(m.group(1));
                } else {
                    year = Integer.parseInt(m.group(1));
                }
                YearMonth ym = YearMonth.of(year, month);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            m = YEAR.matcher(value);
            if (m.find()) {
                int year = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
