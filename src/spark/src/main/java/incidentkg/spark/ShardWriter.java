package incidentkg.spark;

import incidentkg.model.ArticleException;
import incidentkg.store.ArticleGraph;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes one partition's articles as one N-Quads shard, {@code part-NNNNN.nq}, each article in its named
 * graph. The shard is written under a hidden name and renamed when complete, so a retried or speculative task
 * leaves one whole shard and a reader never sees half of one.
 */
final class ShardWriter {
    private ShardWriter() {}

    static String shardName(int partition) {
        return String.format("part-%05d.nq", partition);
    }

    /** Processes the partition's articles and writes their graphs; the results say what became of each. */
    static List<ArticleResult> write(int partition, Iterator<RawArticle> articles, String shardsDir,
                                     Configuration conf, long maxBytes, long timeoutSeconds) throws IOException {
        String name = shardName(partition);
        Path dir = new Path(shardsDir);
        FileSystem fs = dir.getFileSystem(conf);
        fs.setWriteChecksum(false);   // no .crc files beside the shards on a local file system
        Path done = new Path(dir, name);
        Path partial = new Path(dir, "." + name + ".inprogress-" + System.nanoTime());
        List<ArticleResult> results = new ArrayList<>();
        try (FSDataOutputStream raw = fs.create(partial, true);
             OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            quads.start();
            while (articles.hasNext()) {
                RawArticle a = articles.next();
                try {
                    ArticleGraph g = ArticleGraphs.graph(a, maxBytes, timeoutSeconds);
                    Node graph = NodeFactory.createURI(g.name());
                    g.graph().getGraph().find().forEachRemaining(t -> quads.quad(Quad.create(graph, t)));
                    results.add(new ArticleResult(a.source(), a.id(), g.name(), g.graph().size(), name, null));
                } catch (ArticleException e) {
                    results.add(new ArticleResult(a.source(), a.id(), null, 0, null, e.problem()));
                }
            }
            quads.finish();
        }
        if (fs.exists(done))
            fs.delete(done, false);
        if (!fs.rename(partial, done))
            throw new IOException(partial + ": cannot rename to " + done);
        return results;
    }
}
