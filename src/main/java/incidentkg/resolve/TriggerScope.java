package incidentkg.resolve;

import incidentkg.model.Dependency;
import incidentkg.model.Sentence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether words of a trigger's sentence (a place, a date) are said of the trigger's incident: they hang, through
 * nouns only, from the trigger ("a bus in Kabul" of "the bombing of a bus in Kabul"), from the verb the trigger
 * is an argument of ("carried out the attack on Monday", "the attack happened in Kano"), or from a verb that
 * depends on the trigger ("a bomb exploded, wounding ten people on a street in Kano"). Words that hang from
 * another noun or verb that the trigger is only mentioned with are not: "anger in the capital about the
 * attack", "links in Ruritania to the attack", "identified him on Friday as the man who rented the truck used
 * in the bombing". Words next to the trigger ("the Kabul bombing", "Friday's blast") always are; so are all
 * words of a sentence without dependencies.
 */
final class TriggerScope {
    /** How many governors up a place or date may hang from what it is said of. */
    private static final int HOPS = 6;
    /** Words at most this many tokens from the trigger are said of it whatever the parse. */
    private static final int NEXT_TO = 2;
    /** The relations that make a trigger an argument of a verb. */
    private static final Pattern ARGUMENT = Pattern.compile("nsubj(:pass)?|obj|iobj|obl(:.*)?|xcomp");
    /** The relations of the verbs that depend on a trigger and tell more of its incident. */
    private static final Pattern DEPENDENT = Pattern.compile("acl(:.*)?|advcl(:.*)?|conj(:.*)?|xcomp");

    private TriggerScope() {}

    /** Whether tokens {@code first..last} are said of the trigger at tokens {@code tFirst..tLast}. */
    static boolean said(Sentence s, int first, int last, int tFirst, int tLast) {
        if (s.dependencies().isEmpty() || gap(first, last, tFirst, tLast) <= NEXT_TO)
            return true;
        Set<Integer> anchors = anchors(s, tFirst, tLast);
        for (int k = first; k <= last; k++)
            if (anchors.contains(k))
                return true;
        Deque<int[]> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int k = first; k <= last; k++)
            for (Dependency d : s.governorsOf(k))
                if (d.governor() >= 0 && (d.governor() < first || d.governor() > last) && seen.add(d.governor()))
                    todo.add(new int[] {d.governor(), 1});
        while (!todo.isEmpty()) {
            int[] n = todo.poll();
            if (anchors.contains(n[0]))
                return true;
            // another clause: what hangs from it is said of that clause's event
            if (n[1] >= HOPS || clauseHead(s, n[0]))
                continue;
            for (Dependency d : s.governorsOf(n[0]))
                if (d.governor() >= 0 && seen.add(d.governor()))
                    todo.add(new int[] {d.governor(), n[1] + 1});
        }
        return false;
    }

    /** The trigger's words, the verb it is an argument of, and the verbs that depend on either. */
    private static Set<Integer> anchors(Sentence s, int tFirst, int tLast) {
        Set<Integer> anchors = new HashSet<>();
        for (int k = tFirst; k <= tLast; k++) {
            anchors.add(k);
            for (Dependency d : s.governorsOf(k))
                if (d.governor() >= 0 && ARGUMENT.matcher(d.relation()).matches() && clauseHead(s, d.governor()))
                    anchors.add(d.governor());
        }
        for (int a : List.copyOf(anchors))
            for (Dependency d : s.dependentsOf(a))
                if (DEPENDENT.matcher(d.relation()).matches() && clauseHead(s, d.dependent()))
                    anchors.add(d.dependent());
        return anchors;
    }

    /** A verb, or a word that a copula makes the head of a clause ("the bombing was a reprisal"). */
    private static boolean clauseHead(Sentence s, int k) {
        if (s.tokens().get(k).pos().startsWith("VB"))
            return true;
        for (Dependency d : s.dependentsOf(k))
            if (d.relation().equals("cop"))
                return true;
        return false;
    }

    private static int gap(int f1, int l1, int f2, int l2) {
        return l1 < f2 ? f2 - l1 : l2 < f1 ? f1 - l2 : 0;
    }
}
