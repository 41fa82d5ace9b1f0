package incidentkg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the fields of a gold JSON object. Problems are reported as
 * {@link IllegalArgumentException}s whose message names the field ({@code missing field doc_id});
 * {@link GoldReader} adds file and line.
 */
final class JsonFields {
    private JsonFields() {}

    static boolean present(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && !e.isJsonNull();
    }

    static String requiredString(JsonObject o, String name) {
        if (!present(o, name))
            throw new IllegalArgumentException("missing field " + name);
        return string(o.get(name), name);
    }

    static String optString(JsonObject o, String name) {
        return present(o, name) ? string(o.get(name), name) : null;
    }

    static boolean requiredBoolean(JsonObject o, String name) {
        if (!present(o, name))
            throw new IllegalArgumentException("missing field " + name);
        return bool(o.get(name), name);
    }

    static boolean optBoolean(JsonObject o, String name, boolean dflt) {
        return present(o, name) ? bool(o.get(name), name) : dflt;
    }

    static Integer optInt(JsonObject o, String name) {
        if (!present(o, name))
            return null;
        JsonElement e = o.get(name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
            throw new IllegalArgumentException("field " + name + " is not a number: " + e);
        return e.getAsInt();
    }

    static LocalDate optDate(JsonObject o, String name) {
        String s = optString(o, name);
        if (s == null)
            return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + name + " is not an ISO date: " + s);
        }
    }

    static JsonArray requiredArray(JsonObject o, String name) {
        if (!present(o, name))
            throw new IllegalArgumentException("missing field " + name);
        return array(o, name);
    }

    /** The array {@code name}; empty when absent or null. */
    static JsonArray array(JsonObject o, String name) {
        if (!present(o, name))
            return new JsonArray();
        JsonElement e = o.get(name);
        if (!e.isJsonArray())
            throw new IllegalArgumentException("field " + name + " is not an array");
        return e.getAsJsonArray();
    }

    /** The object {@code name}, or null when absent or null. */
    static JsonObject optObject(JsonObject o, String name) {
        if (!present(o, name))
            return null;
        return object(o.get(name), name);
    }

    static JsonObject object(JsonElement e, String name) {
        if (!e.isJsonObject())
            throw new IllegalArgumentException("field " + name + " holds a non-object: " + e);
        return e.getAsJsonObject();
    }

    /** The strings of array {@code name}; null elements are skipped. */
    static List<String> strings(JsonObject o, String name) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(o, name))
            if (!e.isJsonNull())
                out.add(string(e, name));
        return out;
    }

    private static String string(JsonElement e, String name) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
            throw new IllegalArgumentException("field " + name + " is not a string: " + e);
        return e.getAsString();
    }

    private static boolean bool(JsonElement e, String name) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean())
            throw new IllegalArgumentException("field " + name + " is not a boolean: " + e);
        return e.getAsBoolean();
    }
}
