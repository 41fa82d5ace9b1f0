package incidentkg.extract;

import incidentkg.model.Token;

import java.math.BigDecimal;
import java.util.Locale;

/** Small helpers over text and tokens shared by the finders. */
final class TextLib {
    private TextLib() {}

    /** Whether a text is written in capitals (wire copy): at least 90% of its letters are upper case. */
    static boolean isAllCaps(String text) {
        long letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c))
                    upper++;
            }
        }
        return letters > 20 && upper * 10 >= letters * 9;
    }

    /** The whole number a number token stands for ("three", "170", "<=170.0"), or null. */
    static Long count(Token t) {
        String n = t.normalized();
        String v = n != null ? n.replaceAll("^[<>=~]+", "") : t.word().replace(",", "");
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || d.stripTrailingZeros().scale() > 0)
                return null;
            return d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A label without leading articles: "the gunmen" gives "gunmen". */
    static String plainLabel(String s) {
        return s.replaceFirst("^(?i)(a|an|the)\\s+", "").strip();
    }

    /** Lower-case slug for identifiers: letters and digits, hyphen-separated. */
    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return n.isEmpty() ? "x" : n.length() > 60 ? n.substring(0, 60).replaceAll("-$", "") : n;
    }
}
