package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.Segment;

import java.text.BreakIterator;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What the loader accepts, checked before the costly language analysis: the number of characters of an
 * article, its number of sentences, the length of its longest sentence, and the time one article may take
 * from reading to a validated graph. (The largest file, in bytes, is the reader's limit, {@code --max-bytes}.)
 *
 * <p>Sentences are counted cheaply with {@link BreakIterator} within each segment, single line breaks read
 * as spaces as the language analysis reads them; the count can differ a little from the analysis's own.
 * Characters are Unicode code points.
 */
public record ArticleLimits(int maxChars, int maxSentences, int maxSentenceLength, Duration timeout) {
    public static final int DEFAULT_MAX_CHARS = 200_000;
    public static final int DEFAULT_MAX_SENTENCES = 1_000;
    public static final int DEFAULT_MAX_SENTENCE_LENGTH = 3_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** The defaults: 200,000 characters, 1,000 sentences, 3,000 characters in a sentence, 120 s. */
    public static final ArticleLimits DEFAULTS = new ArticleLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCES,
            DEFAULT_MAX_SENTENCE_LENGTH, DEFAULT_TIMEOUT);

    public ArticleLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxChars <= 0 || maxSentences <= 0 || maxSentenceLength <= 0)
            throw new IllegalArgumentException("limits must be positive");
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("the article timeout must be positive: " + timeout);
    }

    public ArticleLimits withTimeout(Duration t) {
        return new ArticleLimits(maxChars, maxSentences, maxSentenceLength, t);
    }

    /** Throws a one-line {@code SOURCE: problem} when {@code article} exceeds a limit. */
    public void check(Article article, String source) throws ArticleException {
        String text = article.text();
        int chars = text.codePointCount(0, text.length());
        if (chars > maxChars)
            throw new ArticleException(source, "too long (" + chars + " characters; the limit is " + maxChars
                    + ", set with --max-chars)");
        int sentences = 0;
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (Segment s : article.segments()) {
            int base = s.span().begin();
            // the analysis reads a single line break inside a segment as a space
            String seg = text.substring(base, s.span().end()).replace('\n', ' ');
            it.setText(seg);
            for (int b = it.first(), e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
                if (!hasLetterOrDigit(seg, b, e))
                    continue;
                if (++sentences > maxSentences)
                    throw new ArticleException(source, "too many sentences (more than " + maxSentences
                            + "; set the limit with --max-sentences)");
                int end = e;
                while (end > b && Character.isWhitespace(seg.charAt(end - 1)))
                    end--;
                int length = seg.codePointCount(b, end);
                if (length > maxSentenceLength)
                    throw new ArticleException(source, "a sentence of " + length + " characters at character "
                            + text.codePointCount(0, base + b) + " (the limit is " + maxSentenceLength + ", set with --max-sentence-length)");
            }
        }
    }

    private static boolean hasLetterOrDigit(String s, int begin, int end) {
        for (int i = begin; i < end; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp))
                return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
