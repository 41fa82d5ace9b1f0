package incidentkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Lucene index (jena-text) over the names in every graph of the store: {@code rdfs:label},
 * {@code skos:altLabel}, {@code skos:prefLabel} and {@code dcterms:title}, one field {@code name} for all.
 * Words are split as Unicode words, lower-cased, folded to ASCII ("Peñalolén" finds "Penalolen") and English stop
 * words dropped, at indexing and at query time. SPARQL sees it as {@code text:query}
 * ({@code PREFIX text: <http://jena.apache.org/text#>}):
 * <pre>
 *   SELECT ?s ?score ?name WHERE { (?s ?score ?name) text:query ("bam*" 10) }
 * </pre>
 * <p>
 * A store in a folder keeps its index in {@code STORE/text-index}. Every write transaction through
 * {@link #dataset()} updates the index when the store commits, and searches see it at once; Lucene writes its
 * changes to disk every few seconds and when the store is closed or {@linkplain #flush() flushed}
 * ({@link BufferedTextIndex}: a commit to disk per transaction cost as much as the store's own). The index is
 * rebuilt from the store when it is opened and the folder is missing or unreadable, or when the marker
 * {@code STORE/text-index.pending} is there: the marker is written (and synced) before a write transaction
 * changes anything and removed once the index on disk agrees with the store again, so it survives any crash
 * that could leave the two apart. Writing to the store by other means (another tool on the
 * TDB2 folder) is not seen: delete {@code STORE/text-index} afterwards to have it rebuilt.
 * <p>
 * A store in memory has its index in memory. One index is shared by everything in the JVM that opens the same
 * folder, as TDB2 shares the store.
 */
public final class LabelIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LabelIndex.class);
    /** The index folder inside the store folder. */
    public static final String FOLDER = "text-index";
    /** The marker file inside the store folder: present while the index may differ from the store. */
    public static final String PENDING = "text-index.pending";
    /** The one text field, shared by every indexed property. */
    public static final String FIELD = "name";
    /** The properties whose literals are indexed. */
    public static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            SKOS.prefLabel.asNode(), DCTerms.title.asNode());
    private static final int PROGRESS = 100_000;

    private static final Map<Path, LabelIndex> OPEN = new HashMap<>();

    private final BufferedTextIndex index;
    private final DatasetGraph base;
    private final LabelIndexDataset dataset;
    private final Path folder, pending;
    private int users = 1;

    private LabelIndex(BufferedTextIndex index, DatasetGraph base, Path folder, Path pending) {
        this.index = index;
        this.base = base;
        this.folder = folder;
        this.pending = pending;
        this.dataset = new LabelIndexDataset(base, index, this::markPending, this::clearPending);
    }

    /**
     * The index of the TDB2 store {@code base} kept in {@code storeDir}: shared when this JVM has it open
     * already, else opened, and rebuilt from the store when missing, unreadable or possibly stale.
     */
    static synchronized LabelIndex open(Path storeDir, DatasetGraph base) {
        Path key = storeDir.toAbsolutePath().normalize();
        LabelIndex open = OPEN.get(key);
        if (open != null && open.base == base) {
            open.users++;
            return open;
        }
        if (open != null) // TDB2 let go of the store and opened it again
            open.shutdown();
        Path folder = key.resolve(FOLDER), pending = key.resolve(PENDING);
        boolean rebuild = Files.exists(pending) || !hasIndex(folder);
        if (rebuild)
            mark(pending);
        BufferedTextIndex index;
        try {
            index = new BufferedTextIndex(FSDirectory.open(folder), config());
        } catch (TextIndexException | IOException e) {
            LOG.warn("{}: unreadable text index, rebuilding it ({})", folder, e.getMessage());
            mark(pending);
            deleteTree(folder);
            rebuild = true;
            try {
                index = new BufferedTextIndex(FSDirectory.open(folder), config());
            } catch (IOException e2) {
                throw new UncheckedIOException(folder + ": cannot open the text index: " + e2.getMessage(), e2);
            }
        }
        LabelIndex li = new LabelIndex(index, base, folder, pending);
        if (rebuild) {
            li.rebuild();
            clear(pending);
        }
        OPEN.put(key, li);
        return li;
    }

    /** An index in memory over an in-memory store (built from what it holds). */
    static LabelIndex inMemory(DatasetGraph base) {
        LabelIndex li = new LabelIndex(new BufferedTextIndex(new ByteBuffersDirectory(), config()), base, null, null);
        li.rebuild();
        return li;
    }

    /** The store seen through the index: every write through it is indexed in the same transaction. */
    DatasetGraph dataset() {
        return dataset;
    }

    /** The TDB2 dataset underneath. */
    DatasetGraph base() {
        return base;
    }

    /** Stops using the index; the last user closes it. */
    void release() {
        synchronized (LabelIndex.class) {
            if (users == 0 || --users > 0)
                return;
            shutdown();
        }
    }

    /** Has the index on disk catch up with every write committed so far (see {@link BufferedTextIndex}). */
    void flush() {
        dataset.flush();
    }

    /** Closes the index whoever uses it (before the store's folder is expelled from TDB2 or deleted). */
    void shutdown() {
        synchronized (LabelIndex.class) {
            users = 0;
            if (folder != null)
                OPEN.remove(folder.getParent(), this);
            try {
                dataset.flush();
            } catch (RuntimeException e) {
                LOG.warn("{}: the text index could not write its last changes, and is rebuilt on the next opening: {}",
                         folder, e.getMessage());
            }
            try {
                index.close();
            } catch (RuntimeException e) {
                LOG.warn("{}: closing the text index: {}", folder, e.getMessage());
            }
        }
    }

    /** Marks the index of the store {@code storeDir} stale, so that the next opening rebuilds it. */
    public static void invalidate(Path storeDir) {
        mark(storeDir.resolve(PENDING));
    }

    /** Replaces the whole index with the names the store holds now. */
    void rebuild() {
        long start = System.nanoTime();
        long n = Txn.calculateRead(base, () -> {
            long count = 0;
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(folder + ": cannot clear the text index: " + e.getMessage(), e);
            }
            for (Node p : PREDICATES)
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), it.next());
                    if (e == null)
                        continue;
                    if (count == 0 && folder != null)
                        LOG.info("{}: building the text index from the store", folder);
                    index.addEntity(e);
                    if (++count % PROGRESS == 0)
                        LOG.info("{}: {} names indexed", folder, count);
                }
            return count;
        });
        index.commit();
        if (n > 0 && folder != null)
            LOG.info("{}: text index built: {} names in {} s", folder, n,
                     String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /**
     * Runs {@code write}, which changes the store behind the index's back (Jena's bulk loader), then rebuilds the
     * index; the marker set first makes the next opening rebuild it if the process dies in between.
     */
    void behindTheIndex(Runnable write) {
        markPending();
        write.run();
        rebuild();
        clearPending();
    }

    private void markPending() {
        if (pending != null)
            mark(pending);
    }

    private void clearPending() {
        if (pending != null)
            clear(pending);
    }

    /** Whether the store's index folder holds a Lucene index. */
    static boolean hasIndex(Path folder) {
        if (!Files.isDirectory(folder))
            return false;
        try (Directory d = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    private static void mark(Path marker) {
        try {
            if (Files.exists(marker))
                return;
            try (FileChannel c = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            try (FileChannel d = FileChannel.open(marker.getParent(), StandardOpenOption.READ)) {
                d.force(true); // the directory entry too, so that the marker outlives a power cut
            } catch (IOException | UnsupportedOperationException ignored) {
                // not every file system syncs a directory
            }
        } catch (IOException e) {
            throw new UncheckedIOException(marker + ": cannot write the text index marker: " + e.getMessage(), e);
        }
    }

    private static void clear(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("{}: cannot remove the text index marker: {}", marker, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot delete the text index: " + e.getMessage(), e);
        }
    }

    /** How the index is made: fields, stored values for {@code text:query}'s literal, no query cache. */
    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD, "graph", PREDICATES.get(0));
        for (Node p : PREDICATES.subList(1, PREDICATES.size()))
            def.set(FIELD, p);
        def.setLangField("lang");
        def.setUidField("uid"); // needed to remove a deleted triple's entry
        def.setCacheQueries(false);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(analyzer());
        config.setValueStored(true);
        return config;
    }

    /** Unicode words, lower case, folded to ASCII, without English stop words; wildcard terms are folded too. */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The words of a text as the index sees them. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (Analyzer a = analyzer(); TokenStream ts = a.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The Lucene query for a search text: every word must match, as a whole word or as the start of one
     * ({@code "bam kou"} is {@code +(bam bam*) +(kou kou*)}); null when the text has no word. Whatever the
     * text holds, the query has no operator of its own.
     */
    public static String query(String text) {
        StringBuilder q = new StringBuilder();
        for (String w : words(text)) {
            String e = QueryParserBase.escape(w);
            q.append(q.isEmpty() ? "" : " ").append("+(").append(e).append(' ').append(e).append("*)");
        }
        return q.isEmpty() ? null : q.toString();
    }
}
