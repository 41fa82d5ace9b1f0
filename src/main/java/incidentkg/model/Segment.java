package incidentkg.model;

/** A segment of an article: one headline, paragraph, caption, credit or teaser. */
public record Segment(SegmentKind kind, Span span) {}
