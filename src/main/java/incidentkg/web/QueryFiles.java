package incidentkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The competency queries of {@code queries/}, shipped in the jar, by file name in order. */
final class QueryFiles {
    private static final String FOLDER = "queries/";
    private static volatile Map<String, String> cache;

    private QueryFiles() {}

    static Map<String, String> all() {
        Map<String, String> m = cache;
        if (m == null)
            cache = m = Collections.unmodifiableMap(load());
        return m;
    }

    private static Map<String, String> load() {
        List<String> names = new ArrayList<>();
        URL url = null;
        try {
            // Every classpath root with a queries/ folder (tests have one of their own, without .rq files).
            for (Enumeration<URL> roots = QueryFiles.class.getClassLoader().getResources(FOLDER); roots.hasMoreElements(); ) {
                url = roots.nextElement();
                list(url, names);
            }
            Collections.sort(names);
            Map<String, String> out = new LinkedHashMap<>();
            for (String n : names)
                try (InputStream in = QueryFiles.class.getClassLoader().getResourceAsStream(FOLDER + n)) {
                    if (in != null)
                        out.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("queries folder not readable: " + url, e);
        }
    }

    /** Adds the .rq files of one classpath root's queries/ folder (a jar or a directory). */
    private static void list(URL url, List<String> names) throws IOException, URISyntaxException {
        if (url.getProtocol().equals("jar")) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                    String n = en.nextElement().getName();
                    String name = n.substring(Math.min(n.length(), FOLDER.length()));
                    if (n.startsWith(FOLDER) && n.endsWith(".rq") && !name.contains("/") && !names.contains(name))
                        names.add(name);
                }
            }
        } else {
            try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq") && !names.contains(n)).forEach(names::add);
            }
        }
    }
}
