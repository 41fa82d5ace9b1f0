package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void casefoldsAndCollapsesWhitespace() {
        assertEquals("red dawn front", Normalizer.normalize("  RED DAWN \t\n FRONT  "));
        assertEquals("strasse", Normalizer.normalize("STRAßE"));
    }

    @Test
    void stripsSurroundingPunctuation() {
        assertEquals("fra", Normalizer.normalize("(FRA)"));
        assertEquals("u.s", Normalizer.normalize("\"U.S.\""));
        assertEquals("al-qaeda", Normalizer.normalize("«al-Qaeda»,"));
    }

    @Test
    void stripsOneLeadingArticle() {
        assertEquals("red dawn front", Normalizer.normalize("The Red Dawn Front."));
        assertEquals("bomb", Normalizer.normalize("a bomb"));
        assertEquals("fra commando", Normalizer.normalize("An FRA commando"));
        assertEquals("the the", Normalizer.normalize("the the the"));
        assertEquals("army", Normalizer.normalize("\"The army\""));
    }

    @Test
    void keepsArticleLikeWords() {
        assertEquals("another attack", Normalizer.normalize("another attack"));
        assertEquals("theater", Normalizer.normalize("Theater"));
        assertEquals("a", Normalizer.normalize("A"));
    }

    @Test
    void emptyForNullOrPunctuation() {
        assertEquals("", Normalizer.normalize(null));
        assertEquals("", Normalizer.normalize(" -- "));
    }
}
