package incidentkg.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Bad and odd article files for trying the loader: random bytes, invalid UTF-8, NUL and control characters,
 * a sample article cut at random points, shuffled or repeated, HTML pages, right-to-left and CJK text, emoji,
 * absurd numbers ("1e400", "99999999999999999999 hostages") and impossible dates ("February 30"), runs of
 * white space, odd Unicode, too many or too long sentences, broken metadata sidecars, one 10 MB line and a
 * 50 MB file. Input {@code i} depends only on the sample text, the seed and {@code i}, so any input can be
 * made again from its number.
 *
 * <p>Inputs {@value #HUGE_FILE} (50 MB), {@value #HUGE_LINE} (one 10 MB line), {@value #REPEATED_1000} (the
 * sample repeated 1,000 times) and {@value #SAMPLE} (the sample itself, which must load) are fixed; the others
 * cycle through the {@link Kind}s.
 */
public final class FuzzInputs {
    public static final int HUGE_FILE = 0;
    public static final int HUGE_LINE = 1;
    public static final int REPEATED_1000 = 2;
    public static final int SAMPLE = 3;

    /** What an input tries. */
    public enum Kind {
        HUGE_FILE, HUGE_LINE, SAMPLE, RANDOM_BYTES, INVALID_UTF8, CONTROL_CHARACTERS, SAMPLE_CUT, SAMPLE_SHUFFLED,
        SAMPLE_REPEATED, HTML, RIGHT_TO_LEFT, CJK, EMOJI, NUMBERS, DATES, WHITE_SPACE, ODD_UNICODE,
        MANY_SENTENCES, LONG_SENTENCE, BAD_SIDECAR
    }

    private static final Kind[] CYCLE = Arrays.copyOfRange(Kind.values(), Kind.RANDOM_BYTES.ordinal(),
            Kind.values().length);

    private final String sample;
    private final List<String> sampleLines;
    private final long seed;

    /** Inputs built around {@code sample} (a real article's text) with the random seed {@code seed}. */
    public FuzzInputs(String sample, long seed) {
        this.sample = sample;
        this.sampleLines = sample.lines().toList();
        this.seed = seed;
    }

    public static Kind kind(int i) {
        return switch (i) {
            case HUGE_FILE -> Kind.HUGE_FILE;
            case HUGE_LINE -> Kind.HUGE_LINE;
            case REPEATED_1000 -> Kind.SAMPLE_REPEATED;
            case SAMPLE -> Kind.SAMPLE;
            default -> CYCLE[(i - 4) % CYCLE.length];
        };
    }

    /** The file name (without extension) of input {@code i}, e.g. {@code fuzz-00042-html}. */
    public static String name(int i) {
        return String.format("fuzz-%05d-%s", i, kind(i).name().toLowerCase().replace('_', '-'));
    }

    /** Writes input {@code i} to {@code dir} as NAME.txt (and NAME.json for a sidecar) and returns the .txt. */
    public Path write(int i, Path dir) throws IOException {
        Path file = dir.resolve(name(i) + ".txt");
        Random r = new Random(seed * 1_000_003L + i);
        Kind k = kind(i);
        if (k == Kind.HUGE_FILE) {
            writeRepeated(file, (sample + "\n\n").getBytes(StandardCharsets.UTF_8), 50L * 1000 * 1000);
            return file;
        }
        if (k == Kind.HUGE_LINE) {
            writeRepeated(file, "the gunmen held the hotel ".getBytes(StandardCharsets.UTF_8), 10L * 1000 * 1000);
            return file;
        }
        if (k == Kind.BAD_SIDECAR)
            Files.writeString(dir.resolve(name(i) + ".json"), sidecar(r));
        Files.write(file, content(i, k, r));
        return file;
    }

    /** Deletes what {@link #write} wrote for input {@code i}. */
    public static void delete(int i, Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(name(i) + ".txt"));
        Files.deleteIfExists(dir.resolve(name(i) + ".json"));
    }

    private byte[] content(int i, Kind k, Random r) {
        return switch (k) {
            case SAMPLE -> utf8(sample);
            case RANDOM_BYTES -> randomBytes(r);
            case INVALID_UTF8 -> invalidUtf8(r);
            case CONTROL_CHARACTERS -> utf8(insert(r, excerpt(r), CONTROLS, 1 + r.nextInt(3)));
            case SAMPLE_CUT -> sampleCut(r);
            case SAMPLE_SHUFFLED -> utf8(shuffled(r));
            case SAMPLE_REPEATED -> utf8(repeat(sample + "\n\n", i == REPEATED_1000 ? 1000 : 2 + r.nextInt(19)));
            case HTML -> utf8(html(r));
            case RIGHT_TO_LEFT -> utf8(mix(r, RTL));
            case CJK -> utf8(mix(r, CJK_TEXT));
            case EMOJI -> utf8(mix(r, EMOJI_TEXT));
            case NUMBERS -> utf8(templated(r, NUMBER_VALUES, "%s hostages were freed, police said."));
            case DATES -> utf8(templated(r, DATE_VALUES, "Gunmen attacked a hotel on %s, police said."));
            case WHITE_SPACE -> utf8(whiteSpace(r));
            case ODD_UNICODE -> utf8(mix(r, ODD));
            case MANY_SENTENCES -> utf8(repeat("Shots were fired. ", 500 + r.nextInt(1500)));
            case LONG_SENTENCE -> utf8("Gunmen " + repeat("and more gunmen ", 100 + r.nextInt(1900)) + "attacked.");
            case BAD_SIDECAR -> utf8(excerpt(r));
            default -> throw new IllegalArgumentException("not a small input: " + k);
        };
    }

    // -- the pieces --

    private static final String[] CONTROLS = {"\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B[31m", "\u007F",
            "\u0085", "\u009B", "\u001F", "\r", "\u000C"};

    private static final String[] RTL = {
            "\u0647\u0627\u062C\u0645 \u0645\u0633\u0644\u062D\u0648\u0646 \u0641\u0646\u062F\u0642\u0627 \u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629.",
            "\u05D7\u05DE\u05D5\u05E9\u05D9\u05DD \u05EA\u05E7\u05E4\u05D5 \u05DE\u05DC\u05D5\u05DF \u05D1\u05D1\u05D9\u05E8\u05D4.",
            "\u202EGunmen attacked a hotel.\u202C", "\u200FPolice said 170 hostages were held.\u200F",
            "\u2067\u0661\u0667\u0660 \u0631\u0647\u064A\u0646\u0629\u2069 were freed, police said.",
            "\u0627\u0644\u0634\u0631\u0637\u0629: 22 \u0642\u062A\u064A\u0644\u0627 in the attack on Friday."};

    private static final String[] CJK_TEXT = {
            "\u6B66\u88C5\u5206\u5B50\u88AD\u51FB\u4E86\u9996\u90FD\u7684\u4E00\u5BB6\u9152\u5E97\u3002",
            "\u8B66\u5BDF\u306B\u3088\u308B\u3068\u3001\uFF11\uFF17\uFF10\u4EBA\u304C\u4EBA\u8CEA\u306B\u53D6\u3089\u308C\u305F\u3002",
            "\uACBD\uCC30\uC740 \uAE08\uC694\uC77C \uD638\uD154\uC5D0\uC11C \uC778\uC9C8 80\uBA85\uC774 \uD480\uB824\uB0AC\uB2E4\uACE0 \uBC1D\uD614\uB2E4.",
            "Gunmen stormed the \u9152\u5E97 in the capital on Friday, police said.",
            "\u4E8C\u3007\u4E00\u4E94\u5E74\u5341\u4E00\u6708\u4E8C\u5341\u65E5\u3001\u653B\u6483\u304C\u3042\u3063\u305F\u3002"};

    private static final String[] EMOJI_TEXT = {
            "Gunmen \uD83D\uDCA3 attacked a hotel \uD83C\uDFE8 on Friday, police said.",
            "\uD83C\uDDF2\uD83C\uDDF1 Up to 170 hostages \uD83D\uDE4F were held, a source said.",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Families waited outside \uD83D\uDC4D\uD83C\uDFFD.",
            "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25",
            "1\uFE0F\u20E3 gunman was killed \u2764\uFE0F, the minister said."};

    private static final String[] ODD = {
            "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359a\u035A\u035B\u035C\u035D\u035E\u035F\u0360l\u0361\u0362g\u0363o attacked.",
            "Gun\u200Bmen att\u200Dacked a ho\u2060tel.", "The \uFFFF hotel \uFFFE was held.",
            "\uE000\uE001 private use \uDBFF\uDFFF.", "\uD835\uDC00\uD835\uDC01 bold letters were seen.",
            "Hotel\u2028Line\u2029Paragraph separators.", "\u00A0\u2003\u3000Spaces\u00A0everywhere.",
            "\uFEFFA byte order mark in the middle \uFEFF."};

    private static final String[] NUMBER_VALUES = {"1e400", "99999999999999999999", "-5", "NaN", "Infinity",
            "0.0000001", "1,000,000,000,000,000,000,000", "\u00BD", "\u216B", "\u0661\u0662\u0663",
            "\uFF11\uFF17\uFF10", "10^400", "0x7FFFFFFF", "2147483648", "9223372036854775808", "up to -3",
            "three hundred thousand million billion", "1.7976931348623157E309", "000000000000000000001",
            "between 5 and 3", "-0", "1e-400"};

    private static final String[] DATE_VALUES = {"February 30", "February 30, 2015", "31 April 2015", "2015-13-45",
            "29 February 2015", "the year 99999", "0000-00-00", "32 January", "Friday, Nov. 31, 2015",
            "the 40th of Smarch", "10000 BC", "Monday, February 31", "9999-12-31T25:61:61", "November 20, 1e400",
            "1 January -2015", "the day before yesterday's tomorrow"};

    private static final String[] WORDS = {"gunmen", "attacked", "the", "hotel", "police", "said", "hostages",
            "were", "freed", "on", "Friday", "in", "capital", "a", "group", "claimed", "responsibility", "170", "killed"};

    private String excerpt(Random r) {
        int a = r.nextInt(sampleLines.size());
        int b = Math.min(sampleLines.size(), a + 1 + r.nextInt(6));
        String s = String.join("\n", sampleLines.subList(a, b)).strip();
        return s.isEmpty() ? "Gunmen attacked a hotel on Friday, police said." : s;
    }

    private byte[] randomBytes(Random r) {
        int n = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(4);
            case 1 -> r.nextInt(64);
            default -> r.nextInt(4096);
        };
        byte[] b = new byte[n];
        r.nextBytes(b);
        if (r.nextBoolean()) // mostly printable ASCII with a few stray bytes
            for (int j = 0; j < n; j++)
                if (r.nextInt(50) != 0)
                    b[j] = (byte) (32 + r.nextInt(95));
        return b;
    }

    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xFE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xE9}};

    private byte[] invalidUtf8(Random r) {
        byte[] text = utf8(excerpt(r));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cuts = 1 + r.nextInt(3);
        int[] at = new int[cuts];
        for (int j = 0; j < cuts; j++)
            at[j] = r.nextInt(text.length + 1);
        Arrays.sort(at);
        int from = 0;
        for (int pos : at) {
            out.write(text, from, pos - from);
            out.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            from = pos;
        }
        out.write(text, from, text.length - from);
        return out.toByteArray();
    }

    private byte[] sampleCut(Random r) {
        byte[] b = utf8(sample);
        int from = r.nextBoolean() ? 0 : r.nextInt(b.length);
        int to = from + r.nextInt(b.length - from + 1);
        return Arrays.copyOfRange(b, from, to);
    }

    private String shuffled(Random r) {
        List<String> parts = new ArrayList<>(switch (r.nextInt(3)) {
            case 0 -> sampleLines;
            case 1 -> Arrays.asList(sample.split("(?<=[.!?])\\s+"));
            default -> Arrays.asList(sample.split("\\s+"));
        });
        Collections.shuffle(parts, r);
        return String.join(r.nextBoolean() ? "\n" : " ", parts);
    }

    private String html(Random r) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(sampleLines.get(0)).append("</title>\n<script>var x = \"</p>\"; if (a < b && c > d) {}</script>\n")
                .append("<style>p { color: red; }</style></head>\n<body>\n<!-- a comment -->\n");
        for (String line : excerpt(r).split("\n"))
            b.append(r.nextBoolean() ? "<p>" : "<div class=\"x\"><span>").append(line.replace("'", "&#x27;"))
             .append(r.nextBoolean() ? "</p>\n" : "<br>&nbsp;&amp;\n");
        b.append("<table><tr><td>170</td><td>hostages</td></tr></table><img src=x onerror=alert(1)>\n");
        return r.nextInt(4) == 0 ? b.toString() : b.append("</body></html>\n").toString();
    }

    private String mix(Random r, String[] pieces) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int j = 0; j < n; j++) {
            b.append(r.nextInt(3) == 0 ? excerpt(r) : pieces[r.nextInt(pieces.length)]);
            b.append(r.nextBoolean() ? "\n\n" : " ");
        }
        return b.toString();
    }

    private String templated(Random r, String[] values, String template) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? "Gunmen attacked a hotel\n\n" : "");
        int n = 1 + r.nextInt(4);
        for (int j = 0; j < n; j++)
            b.append(String.format(template, values[r.nextInt(values.length)])).append(' ');
        if (r.nextBoolean())
            b.append("\n\n").append(excerpt(r));
        return b.toString();
    }

    private String whiteSpace(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> repeat(" ", r.nextInt(1000));
            case 1 -> "\uFEFF";
            case 2 -> "Gunmen" + repeat(" ", 1000 + r.nextInt(200_000)) + "attacked a hotel.";
            case 3 -> repeat("\n", 1 + r.nextInt(100_000)) + "Gunmen attacked a hotel." + repeat("\n", r.nextInt(1000));
            case 4 -> "Gunmen attacked" + repeat("\t \u00A0\u3000", 1 + r.nextInt(20_000)) + " a hotel";
            default -> repeat(WORDS[r.nextInt(WORDS.length)] + " ", 1 + r.nextInt(50)) + repeat(" \n", r.nextInt(5000));
        };
    }

    private static String insert(Random r, String text, String[] pieces, int n) {
        StringBuilder b = new StringBuilder(text);
        for (int j = 0; j < n; j++)
            b.insert(r.nextInt(b.length() + 1), pieces[r.nextInt(pieces.length)]);
        return b.toString();
    }

    private static String sidecar(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "{";
            case 1 -> "[1, 2, 3]";
            case 2 -> "{\"date\": \"2015-02-30\"}";
            case 3 -> "{\"date\": 5}";
            case 4 -> "{\"title\": null}";
            case 5 -> "{\"title\": {\"a\": 1}}";
            case 6 -> repeat("[", 100_000) + repeat("]", 100_000);
            case 7 -> "{\"date\": \"99999-01-01\", \"title\": \"" + repeat("x", 100_000) + "\"}";
            case 8 -> "\u0000\u0001";
            default -> "{\"title\": \"\u202Eevil\", \"date\": \"2015-11-20\", \"url\": \"javascript:alert(1)\"}";
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String repeat(String s, int n) {
        return s.repeat(Math.max(0, n));
    }

    private static void writeRepeated(Path file, byte[] unit, long size) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(unit.length, size - written);
                out.write(unit, 0, n);
                written += n;
            }
        }
    }
}
