package incidentkg.spark;

import java.io.Serializable;

/**
 * What became of one article: the named graph and its number of quads, written to {@code shard}, or the
 * one-line problem that stopped it.
 */
public record ArticleResult(String source, String id, String graph, long quads, String shard, String problem)
        implements Serializable {
    public boolean ok() { return problem == null; }
}
