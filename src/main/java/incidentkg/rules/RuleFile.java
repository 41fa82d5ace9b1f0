package incidentkg.rules;

import incidentkg.nlp.DependencyRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code rules/NAME.rules} file: rules separated by blank lines, each a {@code # example: …} line
 * followed by one {@code tokens:} or {@code semgrex:} pattern line. Other {@code #} lines are comments.
 */
final class RuleFile {
    private RuleFile() {}

    static List<DependencyRule> parse(String file, String relation, List<String> lines) {
        List<DependencyRule> out = new ArrayList<>();
        String example = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# example:")) {
                example = line.substring("# example:".length()).strip();
            } else if (line.startsWith("tokens:") || line.startsWith("semgrex:")) {
                if (example == null)
                    throw new DataException(file, i + 1, "pattern without a '# example:' line above it");
                out.add(new DependencyRule(relation, file + ":" + (i + 1), line, example));
                example = null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                throw new DataException(file, i + 1, "expected '# example:', 'tokens:' or 'semgrex:'");
            }
        }
        return out;
    }
}
