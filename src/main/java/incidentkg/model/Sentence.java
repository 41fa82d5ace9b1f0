package incidentkg.model;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens and its enhanced++ dependencies. {@code root} is -1 when unknown. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, int root) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public List<Dependency> dependentsOf(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies)
            if (d.governor() == governor)
                out.add(d);
        return out;
    }

    public List<Dependency> governorsOf(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies)
            if (d.dependent() == dependent)
                out.add(d);
        return out;
    }

    /** Index of the first token whose span starts at or after {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens)
            if (t.span().begin() <= offset && offset < t.span().end())
                return t.index();
        return -1;
    }
}
