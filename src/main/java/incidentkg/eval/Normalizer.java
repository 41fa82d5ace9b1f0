package incidentkg.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises a slot fill before comparison, as the corpus README's scoring section prescribes:
 * casefold, collapse whitespace, strip surrounding punctuation and one leading article
 * ({@code the}, {@code a}, {@code an}).
 *
 * <pre>
 * "  The  Red Dawn   Front. " -> "red dawn front"
 * "(FRA)"                      -> "fra"
 * "an FRA commando"            -> "fra commando"
 * </pre>
 */
public final class Normalizer {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an) ");

    private Normalizer() {}

    /** The normalised form of {@code text}; {@code ""} for null or blank input. */
    public static String normalize(String text) {
        if (text == null)
            return "";
        // upper then lower case approximates full case folding ("Straße" -> "strasse")
        String s = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        s = ARTICLE.matcher(s).replaceFirst("");
        return EDGE_PUNCTUATION.matcher(s).replaceAll("");
    }
}
