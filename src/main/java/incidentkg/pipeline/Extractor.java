package incidentkg.pipeline;

import incidentkg.extract.DateFinder;
import incidentkg.extract.MentionFinder;
import incidentkg.extract.Mentions;
import incidentkg.extract.TallyFinder;
import incidentkg.extract.TriggerFinder;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Article;
import incidentkg.model.Entity;
import incidentkg.model.EntityClass;
import incidentkg.model.Extraction;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.nlp.NlpPipeline;
import incidentkg.resolve.EntityResolver;
import incidentkg.resolve.IncidentResolver;
import incidentkg.rules.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Turns a checked, segmented article into an {@link Extraction}: CoreNLP annotations, then mentions,
 * triggers, dates and figures, then entities and incidents. Stateless; safe to share between threads.
 */
public final class Extractor {
    private final KnowledgeBase kb;
    private final BlockingQueue<NlpPipeline> pipelines;

    public Extractor(KnowledgeBase kb, NlpPipeline nlp) {
        this(kb, List.of(nlp));
    }

    /**
     * An extractor over several pipelines: each extraction borrows one that no other thread is using (waiting
     * when all are busy). With one pipeline the pipeline is shared by all threads, as CoreNLP allows.
     */
    public Extractor(KnowledgeBase kb, List<NlpPipeline> pipelines) {
        if (pipelines.isEmpty())
            throw new IllegalArgumentException("no pipeline");
        this.kb = kb;
        this.pipelines = pipelines.size() == 1 ? null : new ArrayBlockingQueue<>(pipelines.size(), false, pipelines);
        this.shared = pipelines.get(0);
    }

    private final NlpPipeline shared;

    /** An extraction with the time CoreNLP took, the time the rest took, and the number of tokens. */
    public record Timed(Extraction extraction, long corenlpNanos, long extractNanos, int tokens) {}

    public Extraction extract(Article article) {
        return extractTimed(article).extraction();
    }

    /** {@link #extract} with its time split between CoreNLP and our own stages. */
    public Timed extractTimed(Article article) {
        long start = System.nanoTime();
        LocalDate date = article.metadata().date().orElse(null);
        NlpPipeline.Timed annotated = annotate(article, date);
        AnnotatedArticle doc = annotated.article();
        List<Mentions.EntityMention> entities = new MentionFinder(kb).find(doc);
        DateFinder dates = new DateFinder();
        TallyFinder tallies = new TallyFinder(kb);
        TriggerFinder triggers = new TriggerFinder(kb);
        Mentions.Found found = new Mentions.Found(entities, triggers.find(doc, entities),
                dates.dates(doc, date), dates.durations(doc), tallies.find(doc, entities), tallies.hedges(doc),
                triggers.weapons(doc));
        EntityResolver.Resolved resolved = new EntityResolver(kb.gazetteer())
                .resolve(article.id(), entities, mainCity(entities),
                         offset -> article.kindAt(offset) == incidentkg.model.SegmentKind.TEASER ? "teaser" : "main");
        IncidentResolver.Result result = new IncidentResolver(kb.gazetteer(), kb.vehicles()).resolve(doc, found, resolved, date);
        List<Entity> all = new ArrayList<>(resolved.entities());
        all.addAll(result.extraEntities());
        List<Span> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences())
            sentences.add(s.span());
        Extraction x = new Extraction(article, sentences, all, result.incidents(), result.tallies(), result.claims(),
                                      result.facts());
        long total = System.nanoTime() - start;
        return new Timed(x, annotated.corenlpNanos(), total - annotated.corenlpNanos(), annotated.tokens());
    }

    private NlpPipeline.Timed annotate(Article article, LocalDate date) {
        if (pipelines == null)
            return shared.annotateTimed(article, date, kb.rules());
        NlpPipeline nlp;
        try {
            nlp = pipelines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a language pipeline", e);
        }
        try {
            return nlp.annotateTimed(article, date, kb.rules());
        } finally {
            pipelines.add(nlp);
        }
    }

    /** The city the article names most often, for naming its venues. */
    private static String mainCity(List<Mentions.EntityMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Mentions.EntityMention m : mentions)
            if (m.cls() == EntityClass.City) {
                int n = counts.merge(m.label(), 1, Integer::sum);
                if (best == null || n > counts.get(best))
                    best = m.label();
            }
        return best;
    }
}
