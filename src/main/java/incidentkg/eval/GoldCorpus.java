package incidentkg.eval;

import java.util.List;

/**
 * The contents of one {@code gold.jsonl}: its kind and its documents, in file order. Exactly one
 * of the two lists is non-empty (both are empty for an empty file).
 */
public record GoldCorpus(CorpusKind kind, List<MucGoldDocument> muc, List<WikiGoldDocument> wikiEvents) {
    public GoldCorpus {
        muc = List.copyOf(muc);
        wikiEvents = List.copyOf(wikiEvents);
    }

    /** The number of documents. */
    public int size() {
        return kind == CorpusKind.MUC4 ? muc.size() : wikiEvents.size();
    }
}
