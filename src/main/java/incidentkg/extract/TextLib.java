package incidentkg.extract;

import incidentkg.model.Token;

import java.math.BigDecimal;

/** Small helpers over text and tokens shared by the finders. */
final class TextLib {
    private TextLib() {}

    /** Whether a text is written in capitals (wire copy). */
    static boolean isAllCaps(String text) {
        return incidentkg.nlp.NlpPipeline.isAllCaps(text);
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
}
