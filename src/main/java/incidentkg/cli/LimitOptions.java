package incidentkg.cli;

import incidentkg.store.ArticleLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.time.Duration;

/** The limits on one article, shared by the commands that load (the size in bytes is --max-bytes). */
public final class LimitOptions {
    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_CHARS,
            description = "Longest article accepted, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--max-sentences", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_SENTENCES,
            description = "Most sentences in an article (default: ${DEFAULT-VALUE}).")
    int maxSentences;

    @Option(names = "--max-sentence-length", paramLabel = "N",
            defaultValue = "" + ArticleLimits.DEFAULT_MAX_SENTENCE_LENGTH,
            description = "Longest sentence accepted, in characters (default: ${DEFAULT-VALUE}).")
    int maxSentenceLength;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time one article may take to read and analyse; a slower article is abandoned and "
                    + "reported, and the store is left as it was (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    /** The limits; a bad value is a usage error of {@code cl}. */
    ArticleLimits limits(CommandLine cl) {
        if (maxChars <= 0 || maxSentences <= 0 || maxSentenceLength <= 0)
            throw new ParameterException(cl, "--max-chars, --max-sentences and --max-sentence-length must be positive");
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e9)
            throw new ParameterException(cl, "--article-timeout must be a positive number of seconds");
        return new ArticleLimits(maxChars, maxSentences, maxSentenceLength,
                Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
    }
}
