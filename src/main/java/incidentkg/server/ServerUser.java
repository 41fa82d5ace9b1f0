package incidentkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user name and password that may write to the server (SPARQL Update, Graph Store write).
 * <p>
 * A credentials file has one user per line, {@code name: password} (the Jetty/Fuseki password
 * file layout; a trailing {@code , role...} list is ignored). Blank lines and lines starting with
 * {@code #} are skipped; the password is plain text, so keep the file readable by its owner only.
 */
public record ServerUser(String name, String password) {

    public ServerUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        if (name.isBlank() || name.contains(":") || !name.equals(name.strip()))
            throw new IllegalArgumentException("bad user name: '" + name + "'");
        if (password.isEmpty())
            throw new IllegalArgumentException("empty password for user " + name);
    }

    /** Reads every user of a credentials file; errors read {@code FILE:LINE: problem}. */
    public static List<ServerUser> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": cannot read credentials file", ex);
        }
        List<ServerUser> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0)
                throw new IllegalArgumentException(where + "expected 'name: password'");
            String name = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            int comma = password.indexOf(',');
            if (comma >= 0)
                password = password.substring(0, comma).strip();
            try {
                users.add(new ServerUser(name, password));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ex.getMessage(), ex);
            }
        }
        if (users.isEmpty())
            throw new IllegalArgumentException(file + ": no user in credentials file");
        return List.copyOf(users);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ServerUser[" + name + "]";
    }
}
