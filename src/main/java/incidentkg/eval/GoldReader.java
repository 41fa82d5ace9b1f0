package incidentkg.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code gold.jsonl} of either kind (see the corpus README): one JSON object per line,
 * blank lines skipped. The kind comes from the {@code source} field, which must be the same on
 * every line. Errors name the file and the line: {@code gold.jsonl:14: missing field doc_id}.
 */
public final class GoldReader {
    private GoldReader() {}

    /** Reads {@code file}. An empty file gives an empty MUC-4 corpus. */
    public static GoldCorpus read(Path file) throws IOException {
        String name = file.getFileName().toString();
        CorpusKind kind = null;
        int kindLine = 0;
        List<MucGoldDocument> muc = new ArrayList<>();
        List<WikiGoldDocument> wiki = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank())
                    continue;
                try {
                    JsonElement element = JsonParser.parseString(line);
                    if (!element.isJsonObject())
                        throw new IllegalArgumentException("not a JSON object");
                    JsonObject o = element.getAsJsonObject();
                    JsonFields.requiredString(o, "doc_id");
                    CorpusKind lineKind = CorpusKind.ofSource(JsonFields.requiredString(o, "source"));
                    if (kind == null) {
                        kind = lineKind;
                        kindLine = lineNo;
                    } else if (kind != lineKind) {
                        throw new IllegalArgumentException("source " + lineKind.source() + " differs from "
                                + kind.source() + " on line " + kindLine);
                    }
                    if (kind == CorpusKind.MUC4)
                        muc.add(MucGoldParser.document(o));
                    else
                        wiki.add(WikiGoldParser.document(o));
                } catch (IllegalArgumentException | IllegalStateException | JsonParseException e) {
                    throw new GoldFormatException(name, lineNo, problem(e), e);
                }
            }
        }
        return new GoldCorpus(kind == null ? CorpusKind.MUC4 : kind, muc, wiki);
    }

    private static String problem(RuntimeException e) {
        if (e instanceof JsonParseException)
            return "not a JSON object: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        return e.getMessage();
    }
}
