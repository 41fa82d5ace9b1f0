package incidentkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Evaluates a loader on one corpus folder ({@code gold.jsonl} + {@code docs/*.txt}, see the
 * corpus README): reads the gold file (its {@code source} gives the kind), loads every document
 * into a fresh temporary TDB2 dataset (deleted afterwards), exports the incidents with
 * {@link IncidentExport} and scores them with {@link MucScorer} or {@link WikiEventsScorer}.
 * A document the loader fails on is listed in the report and scored as if nothing was predicted.
 *
 * <pre>
 * EvalReport report = CorpusEvaluator.builder(loader)
 *         .progress((done, total, doc) -&gt; System.err.printf("%d/%d %s%n", done, total, doc))
 *         .build()
 *         .evaluate(Path.of("corpus/muc4-tst3"));
 * System.out.print(report.toTable());
 * </pre>
 */
public final class CorpusEvaluator {
    /** The named graph the ontology file goes into. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/incidentkg/ontology";

    private final DocumentLoader loader;
    private final EvalProgress progress;
    private final boolean relaxed;
    private final Path ontology;
    private final Path tempParent;
    private final IncidentExport export;
    private final Path predictions;

    private CorpusEvaluator(Builder b) {
        this.loader = b.loader;
        this.progress = b.progress;
        this.relaxed = b.relaxed;
        this.ontology = b.ontology;
        this.tempParent = b.tempParent;
        this.export = b.export;
        this.predictions = b.predictions;
    }

    /** A builder for an evaluator of {@code loader}. */
    public static Builder builder(DocumentLoader loader) {
        return new Builder(loader);
    }

    /** Evaluates the corpus in folder {@code corpus}. */
    public EvalReport evaluate(Path corpus) throws IOException {
        GoldCorpus gold = GoldReader.read(corpus.resolve("gold.jsonl"));
        List<String[]> docs = new ArrayList<>();
        gold.muc().forEach(d -> docs.add(new String[] {d.docId(), d.textFile()}));
        gold.wikiEvents().forEach(d -> docs.add(new String[] {d.docId(), d.textFile()}));

        Path dir = tempParent == null ? Files.createTempDirectory("ikg-eval-") : Files.createTempDirectory(tempParent, "ikg-eval-");
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir));
        try {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (ontology != null)
                Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset.getNamedModel(ONTOLOGY_GRAPH), ontology.toString()));
            List<EvalReport.Failure> failures = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                String docId = docs.get(i)[0];
                String textFile = docs.get(i)[1] != null ? docs.get(i)[1] : "docs/" + docId + ".txt";
                String problem = load(corpus.resolve(textFile), dataset);
                if (problem != null)
                    failures.add(new EvalReport.Failure(docId, problem));
                progress.documentDone(i + 1, docs.size(), docId);
            }
            List<PredictedIncident> predicted = export.export(dataset);
            if (predictions != null)
                writePredictions(predicted);
            return new EvalReport(corpus.getFileName().toString(), gold.kind(), docs.size(), failures, predicted.size(),
                    score(gold, predicted, MatchMode.STRICT), relaxed ? score(gold, predicted, MatchMode.RELAXED) : null);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
            deleteTree(dir);
        }
    }

    /** One line per predicted incident, in document order, for reading what was exported. */
    private void writePredictions(List<PredictedIncident> predicted) throws IOException {
        StringBuilder sb = new StringBuilder();
        predicted.stream().sorted(Comparator.comparing(PredictedIncident::docId).thenComparing(PredictedIncident::iri))
                .forEach(p -> sb.append(p.toString().replaceAll("\\s+", " ")).append('\n'));
        Files.writeString(predictions, sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Loads one file in its own write transaction; returns the failure message, or null. */
    private String load(Path file, Dataset dataset) {
        if (!Files.isRegularFile(file))
            return "missing file " + file;
        try {
            Txn.executeWrite(dataset, () -> {
                try {
                    loader.load(file, dataset);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new LoadFailure(e);
                }
            });
            return null;
        } catch (LoadFailure e) {
            return message(e.getCause());
        } catch (RuntimeException e) {
            return message(e);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static Scores score(GoldCorpus gold, List<PredictedIncident> predicted, MatchMode mode) {
        return gold.kind() == CorpusKind.MUC4
                ? new MucScorer(mode).score(gold.muc(), predicted)
                : new WikiEventsScorer(mode).score(gold.wikiEvents(), predicted);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Carries a checked exception of the loader through the transaction. */
    private static final class LoadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoadFailure(Exception cause) {
            super(cause);
        }
    }

    /** Options of a {@link CorpusEvaluator}. */
    public static final class Builder {
        private final DocumentLoader loader;
        private EvalProgress progress = EvalProgress.NONE;
        private boolean relaxed;
        private Path ontology;
        private Path tempParent;
        private IncidentExport export;
        private Path predictions;

        private Builder(DocumentLoader loader) {
            this.loader = loader;
        }

        /** Told after each document; default: nothing. */
        public Builder progress(EvalProgress progress) {
            this.progress = progress;
            return this;
        }

        /** Also score with {@link MatchMode#RELAXED}; default: strict only. */
        public Builder relaxed(boolean relaxed) {
            this.relaxed = relaxed;
            return this;
        }

        /**
         * An RDF file with the ontology (for its {@code rdfs:subClassOf} links), loaded into
         * {@value CorpusEvaluator#ONTOLOGY_GRAPH} before the documents; default: none (the loader
         * may write it, and asserted classes count without it).
         */
        public Builder ontology(Path file) {
            this.ontology = file;
            return this;
        }

        /** Where the temporary dataset goes; default: the system temporary folder. */
        public Builder tempDirectory(Path parent) {
            this.tempParent = parent;
            return this;
        }

        /** The export to use; default: {@link IncidentExport#create()}. */
        public Builder export(IncidentExport export) {
            this.export = export;
            return this;
        }

        /** Also write every exported incident, one per line, to {@code file}; default: none. */
        public Builder predictions(Path file) {
            this.predictions = file;
            return this;
        }

        public CorpusEvaluator build() {
            if (loader == null)
                throw new IllegalStateException("no DocumentLoader");
            if (export == null)
                export = IncidentExport.create();
            return new CorpusEvaluator(this);
        }
    }
}
