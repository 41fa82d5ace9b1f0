package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void casefoldsAndCollapsesWhitespace() {
        assertEquals("shining path", Normalizer.normalize("  SHINING \t\n PATH  "));
        assertEquals("strasse", Normalizer.normalize("STRAßE"));
    }

    @Test
    void stripsSurroundingPunctuation() {
        assertEquals("fmln", Normalizer.normalize("(FMLN)"));
        assertEquals("u.s", Normalizer.normalize("\"U.S.\""));
        assertEquals("al-qaeda", Normalizer.normalize("«al-Qaeda»,"));
    }

    @Test
    void stripsOneLeadingArticle() {
        assertEquals("shining path", Normalizer.normalize("The Shining Path."));
        assertEquals("bomb", Normalizer.normalize("a bomb"));
        assertEquals("eln commando", Normalizer.normalize("An ELN commando"));
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
