package incidentkg.model;

/**
 * A half-open range {@code [begin, end)} of an article's text, in Java {@code char} offsets.
 * Conversion to the code-point offsets of the RDF output happens in the {@code rdf} stage.
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }

    public boolean contains(Span other) { return begin <= other.begin && other.end <= end; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }

    public int length() { return end - begin; }

    public String of(String text) { return text.substring(begin, end); }

    /** The smallest span covering both. */
    public Span union(Span other) { return new Span(Math.min(begin, other.begin), Math.max(end, other.end)); }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
