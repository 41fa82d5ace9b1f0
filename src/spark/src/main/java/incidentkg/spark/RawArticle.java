package incidentkg.spark;

import java.io.Serializable;

/**
 * One article as it arrives, before reading: the name it goes by in messages ({@code source}), its
 * identifier (the file's base name, or a JSON line's {@code id}), the bytes of its text and of its optional
 * metadata sidecar (a JSON object: title, date, publisher, url), or the problem that kept it from being one.
 */
public record RawArticle(String source, String id, byte[] text, byte[] sidecar, String problem)
        implements Serializable {
    public static RawArticle of(String source, String id, byte[] text, byte[] sidecar) {
        return new RawArticle(source, id, text, sidecar, null);
    }

    public static RawArticle failed(String source, String id, String problem) {
        return new RawArticle(source, id, null, null, problem);
    }
}
