package incidentkg.text;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private String error(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return assertThrows(ArticleException.class, () -> new ArticleReader(1000).read(f)).getMessage();
    }

    @Test
    void badFilesGetOneLineErrorsNamingTheFile() throws Exception {
        assertEquals(dir.resolve("empty.txt") + ": empty article", error("empty.txt", new byte[0]));
        assertEquals(dir.resolve("blank.txt") + ": empty article", error("blank.txt", " \n\n ".getBytes()));
        assertEquals(dir.resolve("nul.txt") + ": binary content (NUL character at offset 3)",
                     error("nul.txt", new byte[] {'a', 'b', 'c', 0, 'd'}));
        assertEquals(dir.resolve("latin1.txt") + ": not valid UTF-8 (at byte 4)",
                     error("latin1.txt", new byte[] {'c', 'a', 'f', 'e', (byte) 0xE9, ' ', 'x'}));
        assertEquals(dir.resolve("digits.txt") + ": no text (no letters)", error("digits.txt", "123 456".getBytes()));
        assertEquals(dir.resolve("big.txt") + ": too large (2000 bytes; the limit is 1000, set with --max-bytes)",
                     error("big.txt", "a".repeat(2000).getBytes()));
    }

    @Test
    void sidecarMetadataWinsOverInference() throws Exception {
        Path f = dir.resolve("story-1.txt");
        Files.writeString(f, "\uFEFFA headline\r\n\r\nBody text of the story on May 1, 2020.\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("story-1.json"),
                          "{\"title\": \"Given title\", \"date\": \"2020-05-02\", \"publisher\": \"Example News\"}");
        Article a = new ArticleReader().read(f);
        assertEquals("story-1", a.id());
        assertEquals("A headline\n\nBody text of the story on May 1, 2020.\n", a.text());
        assertEquals(Optional.of("Given title"), a.metadata().title());
        assertEquals(Optional.of(LocalDate.of(2020, 5, 2)), a.metadata().date());
        assertEquals(Optional.of("Example News"), a.metadata().publisher());
    }

    @Test
    void badSidecarNamesTheSidecar() throws Exception {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, "Some article text.");
        Files.writeString(dir.resolve("s.json"), "{\"date\": \"20 May\"}");
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader().read(f));
        assertEquals(dir.resolve("s.json") + ": bad date (want YYYY-MM-DD): 20 May", e.getMessage());
    }
}
