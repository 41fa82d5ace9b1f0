package incidentkg.it;

import incidentkg.model.RuleMatch;
import incidentkg.nlp.DependencyRule;
import incidentkg.nlp.NlpPipeline;
import incidentkg.rules.KnowledgeBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule in data/rules matches the example sentence written above it, naming its subject and object. */
class RuleExamplesIT {
    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExample() {
        List<DependencyRule> rules = KnowledgeBase.bundled().rules();
        assertFalse(rules.isEmpty());
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<RuleMatch> matches = NlpPipeline.shared().matchExample(rule);
            assertTrue(matches.stream().anyMatch(m -> m.nodes().containsKey("subject")),
                       rule.id() + " does not match its example: " + rule.example());
        }));
    }
}
