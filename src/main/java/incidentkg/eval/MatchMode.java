package incidentkg.eval;

import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How a predicted string is compared with a gold alternative, both first passed through
 * {@link Normalizer}.
 * <ul>
 * <li>{@link #STRICT}: the normalised strings are equal. This is the reported result.</li>
 * <li>{@link #RELAXED}: also accents ignored, and a match when the gold alternative's words occur
 * in the prediction as a contiguous run ("red dawn front" in "red dawn front militants"), or when both
 * have the same head noun (the last word before a first "of", "in", "from", ...: "members of the
 * front" has head "members"). Only ever reported next to the strict result.</li>
 * </ul>
 */
public enum MatchMode {
    STRICT,
    RELAXED;

    private static final Set<String> HEAD_STOPS =
            Set.of("of", "in", "from", "at", "on", "with", "who", "that", "which", "for");

    /** True when {@code predicted} matches the gold alternative {@code gold}. */
    public boolean matches(String predicted, String gold) {
        String p = Normalizer.normalize(predicted);
        String g = Normalizer.normalize(gold);
        if (p.isEmpty() || g.isEmpty())
            return false;
        if (p.equals(g))
            return true;
        if (this == STRICT)
            return false;
        p = stripAccents(p);
        g = stripAccents(g);
        return p.equals(g) || containsWords(p, g) || head(p).equals(head(g));
    }

    /** True when any of the predicted forms matches any of the gold alternatives. */
    public boolean matchesAny(Collection<String> predictedForms, Collection<String> goldAlternatives) {
        for (String p : predictedForms)
            for (String g : goldAlternatives)
                if (matches(p, g))
                    return true;
        return false;
    }

    private static String stripAccents(String s) {
        return java.text.Normalizer.normalize(s, Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean containsWords(String text, String part) {
        List<String> words = Arrays.asList(text.split(" "));
        List<String> sub = Arrays.asList(part.split(" "));
        return Collections.indexOfSubList(words, sub) >= 0;
    }

    private static String head(String s) {
        String head = "";
        for (String word : s.split(" ")) {
            if (HEAD_STOPS.contains(word) && !head.isEmpty())
                break;
            head = word;
        }
        return head.replaceAll("^\\p{P}+|\\p{P}+$", "");
    }
}
