package incidentkg.text;

import incidentkg.model.Segment;
import incidentkg.model.SegmentKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmenterTest {
    private static List<SegmentKind> kinds(String text) {
        return new Segmenter().segment(text).stream().map(Segment::kind).toList();
    }

    @Test
    void headlinesBodyTeasersCaptionAndCredit() {
        String text = """
                Rebels seize town in the north
                Rebels seize town in the north

                Rebels seized the town of Example on Monday, officials said.\u00a0

                Minister resigns over budget
                Flood waters rise in the south

                A soldier stands guard in the square on Monday, May 4, 2020.
                Jane Doe | AP

                The army said it would retake the town.
                """;
        assertEquals(List.of(SegmentKind.HEADLINE, SegmentKind.HEADLINE, SegmentKind.BODY, SegmentKind.TEASER,
                             SegmentKind.TEASER, SegmentKind.CAPTION, SegmentKind.CREDIT, SegmentKind.BODY),
                     kinds(text));
    }

    @Test
    void blurbInATeaserBlockIsATeaser() {
        String text = "Story headline\n\nThe story starts here.\n\nA blurb about another story ran today.\n"
                + "Another story's headline\n";
        assertEquals(List.of(SegmentKind.HEADLINE, SegmentKind.BODY, SegmentKind.TEASER, SegmentKind.TEASER),
                     kinds(text));
    }

    @Test
    void hardWrappedWireCopyIsOneParagraphPerBlock() {
        String text = "   LIMA, 10 JAN 90 (EFE) -- [TEXT] THE POLICE REPORTED TODAY THAT THE\n"
                + "GUERRILLAS ATTACKED A POWER STATION IN THE NORTH OF THE COUNTRY AND\n"
                + "DESTROYED IT.\n\n   THE ARMY SAID IT HAD SENT TROOPS TO THE AREA TO PURSUE THE\n"
                + "ATTACKERS, WHO FLED TOWARD THE MOUNTAINS AFTER THE ATTACK.\n";
        List<Segment> segments = new Segmenter().segment(text);
        assertEquals(2, segments.size());
        assertEquals(SegmentKind.BODY, segments.get(0).kind());
        assertEquals("LIMA, 10 JAN 90", segments.get(0).span().of(text).substring(0, 15));
        assertEquals("ATTACK.", segments.get(1).span().of(text).substring(segments.get(1).span().length() - 7));
    }
}
