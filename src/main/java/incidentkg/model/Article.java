package incidentkg.model;

import java.util.List;

/**
 * A checked, segmented article: its identifier (the file's base name), its text exactly as stored,
 * its metadata, and its segments in text order.
 */
public record Article(String id, String text, ArticleMetadata metadata, List<Segment> segments) {
    public Article {
        segments = List.copyOf(segments);
    }

    public SegmentKind kindAt(int offset) {
        for (Segment s : segments)
            if (s.span().begin() <= offset && offset < s.span().end())
                return s.kind();
        return SegmentKind.BODY;
    }

    public Segment segmentAt(int offset) {
        for (Segment s : segments)
            if (s.span().begin() <= offset && offset < s.span().end())
                return s;
        return null;
    }
}
