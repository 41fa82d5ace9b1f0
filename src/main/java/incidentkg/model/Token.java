package incidentkg.model;

/**
 * One token as CoreNLP annotated it. {@code ner} is the fine-grained NER tag ("O" when none),
 * {@code normalized} SUTime's or the number normalizer's value (or null).
 */
public record Token(int index, String word, Span span, String pos, String lemma, String ner, String normalized) {
    public boolean isNer(String tag) { return ner.equals(tag); }
}
