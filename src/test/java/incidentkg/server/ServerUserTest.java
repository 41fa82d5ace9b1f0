package incidentkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerUserTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("users.txt"), content);
    }

    @Test
    void readsUsersSkippingCommentsAndRoles() throws IOException {
        Path f = file("# IncidentKG writers\n\nalice: pw-a\n  bob :pw:with:colons , admin, other\n");
        assertEquals(List.of(new ServerUser("alice", "pw-a"), new ServerUser("bob", "pw:with:colons")),
                     ServerUser.readFile(f));
    }

    @Test
    void errorNamesFileAndLine() throws IOException {
        Path f = file("alice: pw\n# comment\nbob\n");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ServerUser.readFile(f));
        assertEquals(f + ":3: expected 'name: password'", ex.getMessage());
    }

    @Test
    void emptyPasswordInFile() throws IOException {
        Path f = file("alice:   \n");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ServerUser.readFile(f));
        assertEquals(f + ":1: empty password for user alice", ex.getMessage());
    }

    @Test
    void fileWithoutUsers() throws IOException {
        Path f = file("# nobody\n");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ServerUser.readFile(f));
        assertEquals(f + ": no user in credentials file", ex.getMessage());
    }

    @Test
    void badNames() {
        assertThrows(IllegalArgumentException.class, () -> new ServerUser("", "pw"));
        assertThrows(IllegalArgumentException.class, () -> new ServerUser("a:b", "pw"));
        assertThrows(IllegalArgumentException.class, () -> new ServerUser(" a", "pw"));
    }

    @Test
    void toStringHidesPassword() {
        assertFalse(new ServerUser("alice", "pw-secret").toString().contains("pw-secret"));
    }
}
