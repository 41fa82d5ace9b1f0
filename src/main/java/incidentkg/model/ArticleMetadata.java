package incidentkg.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field is optional; {@code dateSource}
 * says where the date came from ("sidecar", "caption", "dateline", …) and {@code dateSpan} the text
 * that gave it, when it came from the text.
 */
public record ArticleMetadata(Optional<String> title, Optional<LocalDate> date, Optional<String> publisher,
                              Optional<String> url, Optional<String> dateSource, Optional<Span> dateSpan,
                              Optional<String> datelinePlace) {
    public static ArticleMetadata empty() {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                   Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ArticleMetadata withTitle(String t) {
        return new ArticleMetadata(Optional.ofNullable(t), date, publisher, url, dateSource, dateSpan, datelinePlace);
    }

    public ArticleMetadata withDate(LocalDate d, String source, Span span) {
        return new ArticleMetadata(title, Optional.ofNullable(d), publisher, url, Optional.ofNullable(source),
                                   Optional.ofNullable(span), datelinePlace);
    }

    public ArticleMetadata withPublisher(String p) {
        return new ArticleMetadata(title, date, Optional.ofNullable(p), url, dateSource, dateSpan, datelinePlace);
    }

    public ArticleMetadata withUrl(String u) {
        return new ArticleMetadata(title, date, publisher, Optional.ofNullable(u), dateSource, dateSpan, datelinePlace);
    }

    public ArticleMetadata withDatelinePlace(String p) {
        return new ArticleMetadata(title, date, publisher, url, dateSource, dateSpan, Optional.ofNullable(p));
    }
}
