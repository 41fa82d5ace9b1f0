package incidentkg.eval;

import static incidentkg.eval.JsonFields.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns one MUC-4 gold line (a parsed JSON object) into a {@link MucGoldDocument}. */
final class MucGoldParser {
    private MucGoldParser() {}

    static MucGoldDocument document(JsonObject o) {
        String docId = requiredString(o, "doc_id");
        boolean relevant = requiredBoolean(o, "relevant");
        List<MucTemplate> templates = new ArrayList<>();
        JsonArray array = requiredArray(o, "templates");
        for (int i = 0; i < array.size(); i++) {
            try {
                templates.add(template(object(array.get(i), "templates")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("template " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new MucGoldDocument(docId, optString(o, "text_file"), relevant, templates);
    }

    static MucTemplate template(JsonObject t) {
        return new MucTemplate(
                requiredString(t, "template_id"),
                optBoolean(t, "optional", false),
                fills(t, "incident_type"),
                dates(optObject(t, "date")),
                locations(optObject(t, "location")),
                fills(t, "perp_individual_id"),
                fills(t, "perp_organization_id"),
                fills(t, "perp_organization_confidence"),
                fills(t, "phys_tgt_id"),
                fills(t, "hum_tgt_name"),
                fills(t, "hum_tgt_description"),
                fills(t, "instrument_id"),
                counts(optObject(t, "derived_counts")),
                new LinkedHashSet<>(strings(t, "not_applicable")));
    }

    /** The fills of slot {@code name}: {@code alternatives} for string slots, {@code values} for set slots. */
    static List<GoldFill> fills(JsonObject t, String name) {
        List<GoldFill> out = new ArrayList<>();
        for (JsonElement e : array(t, name)) {
            JsonObject fill = object(e, name);
            List<String> values = present(fill, "alternatives") ? strings(fill, "alternatives") : strings(fill, "values");
            out.add(new GoldFill(optBoolean(fill, "optional", false), values, strings(fill, "ref")));
        }
        return out;
    }

    static List<DateAlternative> dates(JsonObject date) {
        List<DateAlternative> out = new ArrayList<>();
        if (date == null)
            return out;
        for (JsonElement e : array(date, "alternatives")) {
            JsonObject alt = object(e, "date.alternatives");
            String kind = requiredString(alt, "kind");
            if (!Set.of("on", "between", "on_or_before").contains(kind))
                throw new IllegalArgumentException("unknown date kind " + kind);
            DateAlternative d = new DateAlternative(kind, optDate(alt, "from"), optDate(alt, "to"),
                    optBoolean(alt, "optional", false));
            if (d.from() == null && d.to() == null)
                throw new IllegalArgumentException("date alternative without from and to");
            out.add(d);
        }
        return out;
    }

    static List<LocationAlternative> locations(JsonObject location) {
        List<LocationAlternative> out = new ArrayList<>();
        if (location == null)
            return out;
        for (JsonElement e : array(location, "alternatives")) {
            JsonObject alt = object(e, "location.alternatives");
            List<String> places = new ArrayList<>();
            for (JsonElement p : array(alt, "places"))
                placeNames(object(p, "places"), places);
            out.add(new LocationAlternative(optString(alt, "country"), places, optBoolean(alt, "optional", false)));
        }
        return out;
    }

    private static void placeNames(JsonObject place, List<String> into) {
        if (present(place, "between")) {
            for (JsonElement end : array(place, "between"))
                placeNames(object(end, "between"), into);
            return;
        }
        into.add(requiredString(place, "name"));
    }

    static DerivedCounts counts(JsonObject counts) {
        if (counts == null)
            return DerivedCounts.NONE;
        return new DerivedCounts(count(counts, "killed"), count(counts, "wounded"), count(counts, "freed"));
    }

    private static CountRange count(JsonObject counts, String name) {
        JsonObject c = optObject(counts, name);
        if (c == null)
            return null;
        return new CountRange(optInt(c, "min"), optInt(c, "max"), optBoolean(c, "complete", true));
    }
}
