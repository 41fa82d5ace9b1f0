package incidentkg.eval;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * Loads one text file into a dataset, as the IncidentKG loader does: the article and what was
 * extracted from it in the article's named graph (see ONTOLOGY-CORE.md, "Dataset layout"), with
 * {@code dcterms:identifier} the file's base name.
 *
 * <p>{@link CorpusEvaluator} calls it inside a write transaction on the dataset: a loader may use
 * {@code Txn.executeWrite(dataset, ...)} (which joins it) but must not {@code begin()} or
 * {@code commit()} itself. Whatever it throws marks the document failed and rolls back its writes.
 */
@FunctionalInterface
public interface DocumentLoader {
    void load(Path file, Dataset dataset) throws Exception;
}
