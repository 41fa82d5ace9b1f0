package incidentkg.synth;

import incidentkg.model.IncidentClass;
import incidentkg.rules.GazetteerEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article and the truth it was generated from: the incident's class, place, date, group and
 * figures. {@code spans} locate every slot filled in the text; {@code sentences} and {@code segments} its
 * sentences and page parts (Headline, Teaser, Body, Caption, Credit). {@code focus} articles also name the
 * focus person, venue and company and a follow-up raid (see {@code [focus]} in the templates).
 */
public record SynthArticle(long index, String id, String text, String title, LocalDate date, GazetteerEntry outlet,
                           IncidentClass type, String trigger, LocalDate incidentDate, GazetteerEntry city,
                           GazetteerEntry country, GazetteerEntry group, boolean claimed, SynthFigure killed,
                           SynthFigure injured, SynthFigure held, boolean tallyHedged, boolean claimHedged,
                           String source, boolean focus, GazetteerEntry force,
                           List<SynthSpan> spans, List<SynthSpan> sentences, List<SynthSpan> segments) {

    /** The first span filled by {@code slot}, or null. */
    public SynthSpan span(String slot) {
        for (SynthSpan s : spans)
            if (s.name().equals(slot))
                return s;
        return null;
    }

    /** Every span filled by {@code slot}. */
    public List<SynthSpan> spans(String slot) {
        return spans.stream().filter(s -> s.name().equals(slot)).toList();
    }

    /** The sentence containing {@code s}, or null. */
    public SynthSpan sentenceOf(SynthSpan s) {
        for (SynthSpan sentence : sentences)
            if (sentence.contains(s))
                return sentence;
        return null;
    }
}
