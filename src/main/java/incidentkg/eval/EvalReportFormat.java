package incidentkg.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Locale;

/** Renders an {@link EvalReport} as a text table or as JSON. */
final class EvalReportFormat {
    private static final String ROW = "%-22s %7s %7s %7s %6s %6s %6s%n";

    private EvalReportFormat() {}

    static String table(EvalReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%s): %d documents, %d loaded, %d failed, %d incidents exported%n",
                r.corpus(), r.kind().source(), r.documents(), r.loaded(), r.failures().size(), r.incidents()));
        scores(out, "strict", r.kind(), r.strict());
        if (r.relaxed() != null)
            scores(out, "relaxed", r.kind(), r.relaxed());
        if (!r.failures().isEmpty()) {
            out.append(String.format("%nfailed documents%n"));
            for (EvalReport.Failure f : r.failures())
                out.append(String.format("  %s: %s%n", f.docId(), f.message()));
        }
        return out.toString();
    }

    private static void scores(StringBuilder out, String mode, CorpusKind kind, Scores s) {
        out.append(String.format("%n%s match%n", mode));
        out.append(String.format(ROW, kind == CorpusKind.MUC4 ? "slot" : "role", "P", "R", "F1", "tp", "fp", "fn"));
        row(out, kind == CorpusKind.MUC4 ? "incidents" : "attack documents", s.detection());
        for (SlotScore slot : s.slots())
            row(out, slot.slot(), slot);
        row(out, "overall (micro)", s.overall());
        out.append(String.format(ROW, "macro average", num(s.macroPrecision()), num(s.macroRecall()), num(s.macroF1()), "", "", "")
                .stripTrailing()).append(System.lineSeparator());
        if (!s.contractRoles().isEmpty()) {
            out.append(String.format("the contract's roles (ikg:perpetrator, target, victim, place, instrument)%n"));
            for (SlotScore role : s.contractRoles())
                row(out, role.slot(), role);
            row(out, "role F1 (micro)", s.contractOverall());
        }
        out.append(String.format("%s: %d%n", kind == CorpusKind.MUC4
                ? "incidents predicted on irrelevant documents" : "attacks predicted on documents without attack",
                s.predictedOnNegatives()));
        if (!s.counts().isEmpty()) {
            out.append(String.format("%-22s %7s %7s %9s %s%n", "count", "scored", "correct", "accuracy", "predicted where gold null"));
            for (CountAccuracy c : s.counts())
                out.append(String.format("%-22s %7d %7d %9s %d%n", c.slot(), c.scored(), c.correct(),
                        c.scored() == 0 ? "-" : num(c.accuracy()),
                        c.predictedWhereGoldNull()));
        }
    }

    private static void row(StringBuilder out, String name, SlotScore s) {
        out.append(String.format(ROW, name, num(s.precision()), num(s.recall()), num(s.f1()), s.tp(), s.fp(), s.fn()));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String json(EvalReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("corpus", r.corpus());
        o.addProperty("kind", r.kind().source());
        o.addProperty("documents", r.documents());
        o.addProperty("loaded", r.loaded());
        JsonArray failures = new JsonArray();
        for (EvalReport.Failure f : r.failures()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("doc_id", f.docId());
            fo.addProperty("message", f.message());
            failures.add(fo);
        }
        o.add("failures", failures);
        o.addProperty("incidents", r.incidents());
        o.add("strict", scores(r.strict()));
        if (r.relaxed() != null)
            o.add("relaxed", scores(r.relaxed()));
        return new GsonBuilder().setPrettyPrinting().create().toJson(o);
    }

    private static JsonObject scores(Scores s) {
        JsonObject o = new JsonObject();
        o.add("detection", slot(s.detection()));
        o.addProperty("predicted_on_negatives", s.predictedOnNegatives());
        JsonArray slots = new JsonArray();
        s.slots().forEach(slot -> slots.add(slot(slot)));
        o.add("slots", slots);
        o.add("overall", slot(s.overall()));
        JsonObject macro = new JsonObject();
        macro.addProperty("precision", s.macroPrecision());
        macro.addProperty("recall", s.macroRecall());
        macro.addProperty("f1", s.macroF1());
        o.add("macro", macro);
        JsonArray counts = new JsonArray();
        for (CountAccuracy c : s.counts()) {
            JsonObject co = new JsonObject();
            co.addProperty("slot", c.slot());
            co.addProperty("scored", c.scored());
            co.addProperty("correct", c.correct());
            co.addProperty("accuracy", c.accuracy());
            co.addProperty("predicted_where_gold_null", c.predictedWhereGoldNull());
            counts.add(co);
        }
        o.add("counts", counts);
        if (!s.contractRoles().isEmpty()) {
            JsonArray roles = new JsonArray();
            s.contractRoles().forEach(role -> roles.add(slot(role)));
            o.add("contract_roles", roles);
            o.add("contract_overall", slot(s.contractOverall()));
        }
        return o;
    }

    private static JsonObject slot(SlotScore s) {
        JsonObject o = new JsonObject();
        o.addProperty("slot", s.slot());
        o.addProperty("tp", s.tp());
        o.addProperty("fp", s.fp());
        o.addProperty("fn", s.fn());
        o.addProperty("precision", s.precision());
        o.addProperty("recall", s.recall());
        o.addProperty("f1", s.f1());
        return o;
    }
}
