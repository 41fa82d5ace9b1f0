package incidentkg.synth;

/** A stretch of a synthetic article's text, in UTF-16 offsets, named by what fills it ("city", "killed", "Body"). */
public record SynthSpan(String name, int begin, int end) {
    public String of(String text) {
        return text.substring(begin, end);
    }

    public boolean contains(SynthSpan s) {
        return begin <= s.begin && s.end <= end;
    }
}
