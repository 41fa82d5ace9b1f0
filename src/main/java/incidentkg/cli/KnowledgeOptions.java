package incidentkg.cli;

import incidentkg.rules.DataSource;
import incidentkg.rules.KnowledgeBase;
import incidentkg.text.ArticleReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that read articles: where the knowledge files are, how large an article may be. */
public class KnowledgeOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Knowledge folder laid out as the project's data/ (default: the one in the jar).")
    Path data;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    KnowledgeBase knowledge() {
        return data == null ? KnowledgeBase.bundled() : KnowledgeBase.load(DataSource.folder(data));
    }
}
