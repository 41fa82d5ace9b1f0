package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.ArticleMetadata;
import incidentkg.text.ArticleReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleLimitsTest {
    private static final ArticleLimits SMALL = new ArticleLimits(100, 3, 40, Duration.ofSeconds(1));

    private static Article article(String text) throws ArticleException {
        return new ArticleReader().fromText("a.txt", "a", text, ArticleMetadata.empty());
    }

    private static String problem(ArticleLimits limits, String text) throws ArticleException {
        Article a = article(text);
        return assertThrows(ArticleException.class, () -> limits.check(a, "a.txt")).getMessage();
    }

    @Test
    void withinTheLimits() throws ArticleException {
        SMALL.check(article("Gunmen attacked a hotel.\n\nPolice said 170 hostages were held. Three were freed."), "a.txt");
        ArticleLimits.DEFAULTS.check(article("Gunmen attacked a hotel."), "a.txt");
    }

    @Test
    void tooManyCharacters() throws ArticleException {
        assertEquals("a.txt: too long (101 characters; the limit is 100, set with --max-chars)",
                     problem(SMALL, "Shots. ".repeat(14) + "abc"));
    }

    @Test
    void charactersAreCodePoints() throws ArticleException {
        // 60 emoji are 120 UTF-16 units but 60 characters
        new ArticleLimits(100, 3, 100, Duration.ofSeconds(1)).check(article("\uD83D\uDD25".repeat(60) + " fire."), "a.txt");
    }

    @Test
    void tooManySentences() throws ArticleException {
        assertEquals("a.txt: too many sentences (more than 3; set the limit with --max-sentences)",
                     problem(SMALL, "One. Two.\n\nThree.\n\nFour."));
    }

    @Test
    void punctuationAloneIsNoSentence() throws ArticleException {
        SMALL.check(article("One. Two. Three.\n\n...\n\n!!!"), "a.txt");
    }

    @Test
    void tooLongASentence() throws ArticleException {
        assertEquals("a.txt: a sentence of 41 characters at character 7 (the limit is 40, set with --max-sentence-length)",
                     problem(SMALL, "Short. " + "X".repeat(40) + "."));
    }

    @Test
    void aSingleLineBreakDoesNotEndASentence() throws ArticleException {
        // hard-wrapped wire copy: the analysis reads one sentence of 49 characters, not two
        String text = "BAGHDAD, 1 JAN 90 (EFE) -- Gunmen attacked a hotel in the city, police\n"
                + "said on Monday, after a night of fighting in the old quarter of it.\n"
                + "Nobody was hurt.";
        assertEquals("a.txt: a sentence of 138 characters at character 0 (the limit is 40, set with --max-sentence-length)",
                     problem(new ArticleLimits(1000, 10, 40, Duration.ofSeconds(1)), text));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleLimits(0, 1, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ArticleLimits(1, 1, 1, Duration.ZERO));
    }
}
