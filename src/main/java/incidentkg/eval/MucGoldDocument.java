package incidentkg.eval;

import java.util.List;

/** One line of a MUC-4 {@code gold.jsonl}: a document and its incident templates. */
public record MucGoldDocument(String docId, String textFile, boolean relevant, List<MucTemplate> templates) {
    public MucGoldDocument {
        templates = List.copyOf(templates);
    }
}
