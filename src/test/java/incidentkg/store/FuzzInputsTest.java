package incidentkg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuzzInputsTest {
    private static final String SAMPLE = "Gunmen attack hotel\n\nGunmen attacked a hotel on Friday, police said.\n";

    @TempDir
    Path dir;

    @Test
    void namesAndFixedInputs() {
        assertEquals("fuzz-00000-huge-file", FuzzInputs.name(0));
        assertEquals("fuzz-00001-huge-line", FuzzInputs.name(1));
        assertEquals("fuzz-00002-sample-repeated", FuzzInputs.name(2));
        assertEquals("fuzz-00003-sample", FuzzInputs.name(3));
        assertEquals("fuzz-00004-random-bytes", FuzzInputs.name(4));
        assertEquals("fuzz-00021-random-bytes", FuzzInputs.name(21), "17 kinds cycle after the 4 fixed inputs");
    }

    @Test
    void everyKindComesUpWithinTheFirstTwentyOneInputs() {
        Set<FuzzInputs.Kind> kinds = EnumSet.noneOf(FuzzInputs.Kind.class);
        for (int i = 0; i < 21; i++)
            kinds.add(FuzzInputs.kind(i));
        assertEquals(EnumSet.allOf(FuzzInputs.Kind.class), kinds);
    }

    @Test
    void anInputDependsOnlyOnTheSeedAndItsNumber() throws IOException {
        FuzzInputs a = new FuzzInputs(SAMPLE, 1), b = new FuzzInputs(SAMPLE, 1), c = new FuzzInputs(SAMPLE, 2);
        Path da = Files.createDirectories(dir.resolve("a")), db = Files.createDirectories(dir.resolve("b")),
             dc = Files.createDirectories(dir.resolve("c"));
        int differ = 0;
        for (int i = 4; i < 40; i++) {
            byte[] x = Files.readAllBytes(a.write(i, da)), y = Files.readAllBytes(b.write(i, db)),
                   z = Files.readAllBytes(c.write(i, dc));
            assertArrayEquals(x, y, FuzzInputs.name(i));
            if (!java.util.Arrays.equals(x, z))
                differ++;
        }
        assertTrue(differ > 20, "another seed gives other inputs: " + differ + " of 36 differ");
    }

    @Test
    void theSampleIsWrittenAsIsAndASidecarBesideItsInput() throws IOException {
        FuzzInputs f = new FuzzInputs(SAMPLE, 1);
        assertEquals(SAMPLE, Files.readString(f.write(FuzzInputs.SAMPLE, dir)));
        int sidecar = 4 + FuzzInputs.Kind.BAD_SIDECAR.ordinal() - FuzzInputs.Kind.RANDOM_BYTES.ordinal();
        assertEquals(FuzzInputs.Kind.BAD_SIDECAR, FuzzInputs.kind(sidecar));
        f.write(sidecar, dir);
        assertTrue(Files.exists(dir.resolve(FuzzInputs.name(sidecar) + ".json")));
        FuzzInputs.delete(sidecar, dir);
        assertFalse(Files.exists(dir.resolve(FuzzInputs.name(sidecar) + ".json")));
        assertFalse(Files.exists(dir.resolve(FuzzInputs.name(sidecar) + ".txt")));
    }
}
