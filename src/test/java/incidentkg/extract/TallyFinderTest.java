package incidentkg.extract;

import incidentkg.extract.Mentions.TallyMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Article;
import incidentkg.model.ArticleMetadata;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.TallyKind;
import incidentkg.model.Token;
import incidentkg.rules.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tally finder on hand-tagged tokens (as CoreNLP tags them), without the language models. */
class TallyFinderTest {
    /** One sentence of {@code words}, each "word/TAG/lemma", separated by single spaces in the text. */
    private static AnnotatedArticle article(String... words) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : words) {
            String[] p = w.split("/");
            if (!text.isEmpty())
                text.append(' ');
            int begin = text.length();
            text.append(p[0]);
            tokens.add(new Token(tokens.size(), p[0], new Span(begin, text.length()), p[1], p[2],
                                 p[1].equals("CD") ? "NUMBER" : "O", null));
        }
        Span all = new Span(0, text.length());
        Article a = new Article("t", text.toString(), ArticleMetadata.empty(), List.of());
        return new AnnotatedArticle(a, List.of(new Sentence(0, all, tokens, List.of(), -1)), List.of());
    }

    @Test
    void theYearOfAWireDatelineIsNoCount() {
        // "LIMA, 12 JAN 90 (EFE) -- Guerrillas kidnapped 3 hostages ."
        AnnotatedArticle doc = article("LIMA/NNP/Lima", ",/,/,", "12/CD/12", "JAN/NNP/Jan", "90/CD/90", "(/-LRB-/(",
                "EFE/NNP/EFE", ")/-RRB-/)", "--/:/--", "Guerrillas/NNS/guerrilla", "kidnapped/VBD/kidnap",
                "3/CD/3", "hostages/NNS/hostage", "./././");
        List<TallyMention> found = new TallyFinder(KnowledgeBase.bundled()).find(doc, List.of());
        assertEquals(List.of(3L), found.stream().map(TallyMention::count).toList());
        assertEquals(TallyKind.Hostages, found.get(0).kind());
    }

    @Test
    void aDatelineWithoutSourceHasNoCountEither() {
        // "LIMA, 12 JAN 90 -- Rebels freed 4 hostages ."
        AnnotatedArticle doc = article("LIMA/NNP/Lima", ",/,/,", "12/CD/12", "JAN/NNP/Jan", "90/CD/90", "--/:/--",
                "Rebels/NNS/rebel", "freed/VBD/free", "4/CD/4", "hostages/NNS/hostage", "./././");
        List<TallyMention> found = new TallyFinder(KnowledgeBase.bundled()).find(doc, List.of());
        assertEquals(List.of(4L), found.stream().map(TallyMention::count).toList());
    }

    @Test
    void aNumberOutsideADatelineStillCounts() {
        // the same words without a dateline's shape: "90" before "kidnapped" is a count of hostages
        AnnotatedArticle doc = article("In/IN/in", "LIMA/NNP/Lima", "90/CD/90", "were/VBD/be", "kidnapped/VBN/kidnap",
                "./././");
        List<TallyMention> found = new TallyFinder(KnowledgeBase.bundled()).find(doc, List.of());
        assertEquals(List.of(90L), found.stream().map(TallyMention::count).toList());
    }
}
