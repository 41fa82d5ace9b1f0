package incidentkg.text;

import incidentkg.model.ArticleMetadata;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataInferenceTest {
    private static ArticleMetadata infer(String text) {
        return new MetadataInference().complete(text, new Segmenter().segment(text), ArticleMetadata.empty());
    }

    @Test
    void dateFromTheLatestCaptionDate() {
        String text = "Headline of the story\n\nThe attack happened on July 9, 2015, police said.\n\n"
                + "A soldier helps a man in the capital, Friday, Nov. 20, 2015.\nJane Doe | AP\n";
        ArticleMetadata m = infer(text);
        assertEquals(Optional.of(LocalDate.of(2015, 11, 20)), m.date());
        assertEquals(Optional.of("caption"), m.dateSource());
        assertEquals(Optional.of("Headline of the story"), m.title());
        assertEquals("Nov. 20, 2015", m.dateSpan().orElseThrow().of(text));
    }

    @Test
    void datelineGivesDatePlaceAndPublisher() {
        String text = "   CONCEPCION, 23 AUG 88 (SANTIAGO DOMESTIC SERVICE) -- [TEXT] A BOMB EXPLODED.\n";
        ArticleMetadata m = infer(text);
        assertEquals(Optional.of(LocalDate.of(1988, 8, 23)), m.date());
        assertEquals(Optional.of("CONCEPCION"), m.datelinePlace());
        assertEquals(Optional.of("SANTIAGO DOMESTIC SERVICE"), m.publisher());
    }

    @Test
    void theDatelineSpanRunsFromThePlaceToTheDashes() {
        String text = "   TARVOS, 12 MAR 90 (RADIO SUR) -- [TEXT] 3 PEOPLE DIED.\n";
        assertEquals("TARVOS, 12 MAR 90 (RADIO SUR) --", MetadataInference.datelineSpan(text).of(text));
        assertEquals(null, MetadataInference.datelineSpan("Headline\n\nIn 1990, 3 people died.\n"));
    }

    @Test
    void impossibleDatesAreIgnored() {
        ArticleMetadata m = infer("Headline\n\nIt happened on February 30, 2015 and on March 3, 2015.\n");
        assertEquals(Optional.of(LocalDate.of(2015, 3, 3)), m.date());
        assertEquals(Optional.of("text"), m.dateSource());
    }

    @Test
    void datelineWithoutSourceGivesDateAndPlace() {
        ArticleMetadata m = infer("   TRUJILLO, 4 MAR 90 -- [TEXT] A BOMB EXPLODED.\n");
        assertEquals(Optional.of(LocalDate.of(1990, 3, 4)), m.date());
        assertEquals(Optional.of("TRUJILLO"), m.datelinePlace());
        assertEquals(Optional.empty(), m.publisher());
    }

    @Test
    void datelineFromAbroadGivesDateAndPublisherButNoPlace() {
        ArticleMetadata m = infer("   LISBON (PORTUGAL), 12 OCT 89 (LUSA) -- [TEXT] A BOMB EXPLODED IN QUITO.\n");
        assertEquals(Optional.of(LocalDate.of(1989, 10, 12)), m.date());
        assertEquals(Optional.empty(), m.datelinePlace());
        assertEquals(Optional.of("LUSA"), m.publisher());
    }

    @Test
    void datelineWithoutDateOrCity() {
        ArticleMetadata m = infer("   CUENCA, NO DATE (RADIO SUR) -- [TEXT] A BOMB EXPLODED.\n");
        assertEquals(Optional.empty(), m.date());
        assertEquals(Optional.of("CUENCA"), m.datelinePlace());
        assertEquals(Optional.of("RADIO SUR"), m.publisher());
        ArticleMetadata n = infer("   NO CITY, NO DATE (RADIO SUR) -- [TEXT] A BOMB EXPLODED.\n");
        assertEquals(Optional.empty(), n.datelinePlace());
        assertEquals(Optional.of("RADIO SUR"), n.publisher());
    }
}
