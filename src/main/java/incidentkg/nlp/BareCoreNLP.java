package incidentkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.LocalDate;

/**
 * A plain Stanford CoreNLP with the annotators and options of {@link NlpPipeline} and nothing of ours: the
 * baseline against which the benchmark measures the loader's overhead. It shares the annotators, and so the
 * loaded models, of the pipeline it is built over, so building it costs no second copy. A text in capitals goes
 * through CoreNLP's truecaser first, and SUTime gets the article's date, as in the loader, so that both run the
 * same annotators with the same inputs.
 */
public final class BareCoreNLP {
    private final NlpPipeline over;
    private final StanfordCoreNLP corenlp;

    public BareCoreNLP(NlpPipeline over) {
        this.over = over;
        corenlp = new StanfordCoreNLP(NlpPipeline.properties(NlpPipeline.ANNOTATORS), true, over.pool());
    }

    /**
     * Annotates {@code text} as one document, with {@code referenceDate} (may be null) as SUTime's document date
     * as the loader gives it, and returns its number of tokens.
     */
    public int annotate(String text, LocalDate referenceDate) {
        Annotation doc = new Annotation(NlpPipeline.isAllCaps(text) ? over.truecase(text) : text);
        if (referenceDate != null)
            doc.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        corenlp.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
