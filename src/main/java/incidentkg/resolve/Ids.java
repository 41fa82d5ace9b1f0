package incidentkg.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Stable resource paths: the same names give the same identifiers, run after run. */
public final class Ids {
    private Ids() {}

    /** Lower-case ASCII slug: letters and digits joined by hyphens, at most 60 characters. */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (n.length() > 60)
            n = n.substring(0, 60).replaceAll("-$", "");
        return n.isEmpty() ? "x" : n;
    }

    public static String article(String articleId) { return "article/" + slug(articleId); }
}
