package incidentkg.nlp;

import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Article;
import incidentkg.model.ArticleMetadata;
import incidentkg.model.Segment;
import incidentkg.model.SegmentKind;
import incidentkg.model.Sentence;
import incidentkg.model.Token;
import incidentkg.text.ArticleReader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The segments of an article go to CoreNLP as one document: on a hand-written article whose headlines are
 * separated by single line breaks, every sentence stays inside its segment, every token's span points at its
 * word in the article, and the same text in capitals (truecased first) gives the same sentences and spans.
 */
class NlpPipelineIT {
    static final String TEXT = """
            Gunmen storm hotel in Gao
            Hostages freed after siege

            Gunmen attacked a hotel in Gao on Friday. Police said ten people were killed.

            Soldiers outside the hotel in Gao
            """;

    static AnnotatedArticle annotate(String text) throws Exception {
        Article a = new ArticleReader().fromText("nlp.txt", "nlp", text, ArticleMetadata.empty());
        return NlpPipeline.shared().annotate(a, LocalDate.of(2021, 3, 5), List.of());
    }

    @Test
    void sentencesStayInsideTheirSegmentsWithSpansIntoTheArticle() throws Exception {
        AnnotatedArticle annotated = annotate(TEXT);
        List<Segment> segments = annotated.article().segments();
        assertEquals(List.of(SegmentKind.HEADLINE, SegmentKind.HEADLINE, SegmentKind.BODY, SegmentKind.TEASER),
                     segments.stream().map(Segment::kind).toList(), "the segmenter's reading of the text");
        List<String> sentences = annotated.sentences().stream()
                .map(s -> TEXT.substring(s.span().begin(), s.span().end())).toList();
        assertEquals(List.of("Gunmen storm hotel in Gao", "Hostages freed after siege",
                             "Gunmen attacked a hotel in Gao on Friday.", "Police said ten people were killed.",
                             "Soldiers outside the hotel in Gao"), sentences);
        for (Sentence s : annotated.sentences()) {
            assertTrue(segments.stream().anyMatch(g -> g.span().begin() <= s.span().begin() && s.span().end() <= g.span().end()),
                       "inside one segment: " + s.span());
            for (Token t : s.tokens())
                assertEquals(t.word(), TEXT.substring(t.span().begin(), t.span().end()));
        }
        Token friday = annotated.sentences().get(2).tokens().get(7);
        assertEquals("Friday", friday.word());
        assertEquals("DATE", friday.ner());
        assertEquals("2021-03-05", friday.normalized(), "SUTime reads Friday against the article's date");
    }

    @Test
    void textInCapitalsGivesTheSameSentencesAndSpans() throws Exception {
        String caps = TEXT.toUpperCase(Locale.ROOT);
        AnnotatedArticle mixed = annotate(TEXT), upper = annotate(caps);
        assertEquals(mixed.sentences().stream().map(Sentence::span).toList(),
                     upper.sentences().stream().map(Sentence::span).toList());
        List<Token> tokens = upper.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        for (Token t : tokens)
            assertEquals(t.word().toUpperCase(Locale.ROOT), caps.substring(t.span().begin(), t.span().end()));
        assertEquals("Gao", tokens.get(4).word(), "truecased before the other annotators");
    }
}
