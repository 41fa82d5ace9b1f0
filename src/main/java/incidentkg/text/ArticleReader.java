package incidentkg.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.ArticleMetadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads an article file: checks that it is UTF-8 text within the size limit, normalises line ends,
 * reads the optional metadata sidecar ({@code NAME.json} beside {@code NAME.txt}: title, date,
 * publisher, url), segments the text and infers what the sidecar does not give.
 */
public final class ArticleReader {
    /** Default largest article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private final long maxBytes;
    private final Segmenter segmenter = new Segmenter();
    private final MetadataInference inference = new MetadataInference();

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** The article's identifier: the file's base name without its extension. */
    public static String identifier(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Article read(Path file) throws ArticleException {
        String source = file.toString();
        if (!Files.isRegularFile(file))
            throw new ArticleException(source, "not a readable file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new ArticleException(source, "too large (" + size + " bytes; the limit is " + maxBytes
                        + ", set with --max-bytes)");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(source, "cannot read: " + e.getMessage(), e);
        }
        String text = decode(source, bytes);
        ArticleMetadata meta = sidecar(file);
        return fromText(source, identifier(file), text, meta);
    }

    /** Checks, segments and completes the metadata of a text that did not come from a file. */
    public Article fromText(String source, String id, String rawText, ArticleMetadata meta) throws ArticleException {
        if (rawText.length() > maxBytes)
            throw new ArticleException(source, "too large (" + rawText.length() + " characters; the limit is "
                    + maxBytes + ", set with --max-bytes)");
        String text = normalise(rawText);
        check(source, text);
        var segments = segmenter.segment(text);
        return new Article(id, text, inference.complete(text, segments, meta), segments);
    }

    private static String decode(String source, byte[] bytes) throws ArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(source, "not valid UTF-8 (at byte " + in.position() + ")");
        }
    }

    private static String normalise(String text) {
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void check(String source, String text) throws ArticleException {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0)
                throw new ArticleException(source, "binary content (NUL character at offset " + i + ")");
            if (Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\f')
                throw new ArticleException(source, String.format("control character U+%04X at offset %d", cp, i));
            if (Character.isLetter(cp))
                letters++;
            i += Character.charCount(cp);
        }
        if (text.isBlank())
            throw new ArticleException(source, "empty article");
        if (letters == 0)
            throw new ArticleException(source, "no text (no letters)");
    }

    private static ArticleMetadata sidecar(Path file) throws ArticleException {
        Path json = file.resolveSibling(identifier(file) + ".json");
        ArticleMetadata meta = ArticleMetadata.empty();
        if (!Files.isRegularFile(json))
            return meta;
        try {
            JsonElement root = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8));
            if (!root.isJsonObject())
                throw new ArticleException(json.toString(), "metadata must be a JSON object");
            JsonObject o = root.getAsJsonObject();
            if (o.has("title"))
                meta = meta.withTitle(o.get("title").getAsString());
            if (o.has("publisher"))
                meta = meta.withPublisher(o.get("publisher").getAsString());
            if (o.has("url"))
                meta = meta.withUrl(o.get("url").getAsString());
            if (o.has("date"))
                meta = meta.withDate(LocalDate.parse(o.get("date").getAsString()), "sidecar", null);
            return meta;
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new ArticleException(json.toString(), "bad metadata: " + e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw new ArticleException(json.toString(), "bad date (want YYYY-MM-DD): " + e.getParsedString(), e);
        }
    }
}
