package incidentkg.model;

/** What part of a news page a stretch of text is. */
public enum SegmentKind {
    /** A headline of the article, or a repeated update headline. */
    HEADLINE,
    /** Running text of the article. */
    BODY,
    /** A photo caption. */
    CAPTION,
    /** A photo or agency credit line ("Name | AP"). */
    CREDIT,
    /** A blurb or headline of another story embedded in the page. */
    TEASER
}
