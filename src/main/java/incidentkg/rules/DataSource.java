package incidentkg.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the knowledge files come from: a folder given by the user, or the {@code data/} folder shipped in
 * the jar. Files are named relative to it ("lexicon/triggers.tsv").
 */
public final class DataSource {
    private final Path root;
    private final String name;

    private DataSource(Path root, String name) {
        this.root = root;
        this.name = name;
    }

    /** A folder on disk laid out as the project's {@code data/}. */
    public static DataSource folder(Path dir) {
        return new DataSource(dir, dir.toString());
    }

    /** The {@code data/} shipped on the class path. */
    public static DataSource bundled() {
        URL url = DataSource.class.getClassLoader().getResource("data/lexicon/triggers.tsv");
        if (url == null)
            throw new IllegalStateException("the bundled data/ folder is missing from the class path");
        try {
            Path p;
            if (url.getProtocol().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(url.toURI());
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                }
                p = fs.provider().getPath(url.toURI());
            } else {
                p = Path.of(url.toURI());
            }
            return new DataSource(p.getParent().getParent(), "data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How errors name a file: "data/lexicon/triggers.tsv". */
    public String name(String relative) {
        return name + "/" + relative;
    }

    public boolean exists(String relative) {
        return Files.isRegularFile(root.resolve(relative));
    }

    public List<String> lines(String relative) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(relative))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Files directly in a sub-folder with the given ending, sorted by name. */
    public List<String> list(String folder, String ending) throws IOException {
        Path dir = root.resolve(folder);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir))
            return out;
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted()
             .forEach(n -> out.add(folder + "/" + n));
        }
        return out;
    }
}
