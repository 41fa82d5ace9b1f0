package incidentkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.util.CoreMap;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Article;
import incidentkg.model.Dependency;
import incidentkg.model.RuleMatch;
import incidentkg.model.Segment;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Stanford CoreNLP pipeline of a process: tokenize, ssplit, pos, lemma, ner (fine-grained, with
 * SUTime and numeric normalization) and depparse. The segments of an article are annotated as one document
 * with a sentence break after each, so headlines and captions never run into the next sentence; SUTime
 * resolves dates against the article's date. Dependency rules (Semgrex) are matched here, since only this
 * package speaks CoreNLP.
 *
 * <p>Models load once, in {@link #shared()}; a pipeline is safe to use from several threads.
 * {@link #createPrivate()} loads a second copy of the models (about 1-1.5 GB) for a pipeline of its own.
 */
public final class NlpPipeline {
    /** The CoreNLP annotators of the pipeline, in order. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private static volatile NlpPipeline shared;
    /** What follows each segment in the document CoreNLP annotates: a blank line, a sentence break. */
    private static final String SEGMENT_BREAK = "\n\n";

    private final StanfordCoreNLP corenlp;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();
    private volatile StanfordCoreNLP truecaser;

    /** One article's annotation and the time CoreNLP itself took (truecasing included), in nanoseconds. */
    public record Timed(AnnotatedArticle article, long corenlpNanos, int tokens) {}

    private NlpPipeline() {
        // CoreNLP 4.5 gives each StanfordCoreNLP built without a pool an annotator pool, and so models, of its own
        corenlp = new StanfordCoreNLP(properties(ANNOTATORS), true);
    }

    /** A pipeline with models of its own, not shared with {@link #shared()}: loads them again (slow, large). */
    public static NlpPipeline createPrivate() {
        return new NlpPipeline();
    }

    /** Loads now the models that are otherwise loaded on first need (the truecaser, for text in capitals). */
    public NlpPipeline loadAll() {
        truecase("A");
        return this;
    }

    /** The annotators (with their models) of this pipeline, for another pipeline to share. */
    AnnotatorPool pool() {
        return corenlp.pool;
    }

    /** The process-wide pipeline, built on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null)
                    shared = p = new NlpPipeline();
            }
        }
        return p;
    }

    static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.language", "en");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        return props;
    }

    /**
     * Annotates every segment of {@code article} and matches {@code rules} against each sentence.
     * {@code referenceDate} anchors relative dates ("Friday"); it may be null.
     */
    public AnnotatedArticle annotate(Article article, LocalDate referenceDate, List<DependencyRule> rules) {
        return annotateTimed(article, referenceDate, rules).article();
    }

    /** {@link #annotate} with the time spent in CoreNLP's annotators and the number of tokens. */
    public Timed annotateTimed(Article article, LocalDate referenceDate, List<DependencyRule> rules) {
        String text = article.text();
        // the segments go to CoreNLP as one document, each followed by a blank line, which ends a sentence
        // ("ssplit.newlineIsSentenceBreak" is "two"): a headline never runs into the next line, and CoreNLP
        // starts once per article, not once per segment (which cost about an eighth more on wire copy)
        List<Segment> segments = article.segments();
        int[] starts = new int[segments.size()];
        StringBuilder joined = new StringBuilder(text.length() + 2 * segments.size());
        for (int k = 0; k < segments.size(); k++) {
            Span span = segments.get(k).span();
            starts[k] = joined.length();
            joined.append(text, span.begin(), span.end()).append(SEGMENT_BREAK);
        }
        long t0 = System.nanoTime();
        String document = isAllCaps(text) ? truecase(joined.toString()) : joined.toString();
        Annotation doc = new Annotation(document);
        if (referenceDate != null)
            doc.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        corenlp.annotate(doc);
        long corenlpNanos = System.nanoTime() - t0;
        int tokenCount = 0;
        List<Sentence> sentences = new ArrayList<>();
        List<RuleMatch> matches = new ArrayList<>();
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int index = sentences.size();
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty())
                continue;
            tokenCount += labels.size();
            // the segment the sentence lies in, and the shift from the joined text back to the article's
            int k = Arrays.binarySearch(starts, labels.get(0).beginPosition());
            if (k < 0)
                k = -k - 2;
            int offset = segments.get(k).span().begin() - starts[k];
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++)
                tokens.add(token(labels.get(i), i, offset));
            SemanticGraph graph = cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            int root = -1;
            if (graph != null) {
                for (SemanticGraphEdge e : graph.edgeIterable())
                    deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                                            e.getDependent().index() - 1));
                if (!graph.getRoots().isEmpty())
                    root = graph.getFirstRoot().index() - 1;
            }
            for (DependencyRule rule : rules)
                match(rule, labels, graph, index, matches);
            Span sentenceSpan = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(index, sentenceSpan, tokens, deps, root));
        }
        return new Timed(new AnnotatedArticle(article, sentences, matches), corenlpNanos, tokenCount);
    }

    /** Whether a text is written in capitals (wire copy): at least 90% of its letters are upper case. */
    public static boolean isAllCaps(String text) {
        long letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c))
                    upper++;
            }
        }
        return letters > 20 && upper * 10 >= letters * 9;
    }

    /**
     * The text with each token in its most likely case (CoreNLP's truecaser), character for character the
     * same length, so that offsets into the original text stay valid.
     */
    String truecase(String text) {
        StanfordCoreNLP tc = truecaser;
        if (tc == null) {
            synchronized (this) {
                if (truecaser == null) {
                    Properties props = properties("tokenize,ssplit,pos,lemma,truecase");
                    props.setProperty("truecase.overwriteText", "false");
                    truecaser = new StanfordCoreNLP(props, true);
                }
                tc = truecaser;
            }
        }
        Annotation doc = new Annotation(text);
        tc.annotate(doc);
        char[] out = text.toCharArray();
        for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String cased = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
            int b = l.beginPosition(), e = l.endPosition();
            if (cased != null && cased.length() == e - b && text.substring(b, e).equalsIgnoreCase(cased))
                cased.getChars(0, cased.length(), out, b);
        }
        return new String(out);
    }

    private static Token token(CoreLabel l, int index, int offset) {
        String ner = l.ner() == null ? "O" : l.ner();
        String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new Token(index, l.word(),
                         new Span(offset + l.beginPosition(), offset + l.endPosition()),
                         l.tag(), l.lemma(), ner, normalized);
    }

    private void match(DependencyRule rule, List<CoreLabel> tokens, SemanticGraph graph, int sentence,
                       List<RuleMatch> out) {
        Object pattern = compile(rule);
        if (pattern instanceof SemgrexPattern semgrex) {
            if (graph == null)
                return;
            SemgrexMatcher m = semgrex.matcher(graph);
            while (m.find()) {
                Map<String, Integer> nodes = new LinkedHashMap<>();
                for (String name : m.getNodeNames()) {
                    nodes.put(name, m.getNode(name).index() - 1);
                    nodes.put(name + "^", m.getNode(name).index() - 1);
                }
                out.add(new RuleMatch(rule.relation(), rule.id(), sentence, nodes));
            }
        } else {
            TokenSequenceMatcher m = ((TokenSequencePattern) pattern).getMatcher(tokens);
            while (m.find()) {
                Map<String, Integer> nodes = new LinkedHashMap<>();
                for (String name : new String[] {"subject", "object", "via", "also", "gap"}) {
                    int start = m.start("$" + name);
                    if (start >= 0 && m.end("$" + name) > start) {
                        nodes.put(name, m.end("$" + name) - 1);
                        nodes.put(name + "^", start);
                    }
                }
                out.add(new RuleMatch(rule.relation(), rule.id(), sentence, nodes));
            }
        }
    }

    /**
     * Compiles a rule's pattern ({@code semgrex:} or {@code tokens:}), failing with the rule's id on a
     * syntax error. Token patterns match words case-insensitively.
     */
    public Object compile(DependencyRule rule) {
        return compiled.computeIfAbsent(rule.id() + "\u0000" + rule.pattern(), k -> {
            String p = rule.pattern();
            try {
                if (p.startsWith("semgrex:"))
                    return SemgrexPattern.compile(p.substring("semgrex:".length()).strip());
                if (p.startsWith("tokens:")) {
                    Env env = TokenSequencePattern.getNewEnv();
                    env.setDefaultStringPatternFlags(java.util.regex.Pattern.CASE_INSENSITIVE);
                    env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE);
                    return TokenSequencePattern.compile(env, p.substring("tokens:".length()).strip());
                }
                throw new IllegalArgumentException("a pattern starts with 'semgrex:' or 'tokens:'");
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(rule.id() + ": bad pattern: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Annotates one sentence of text on its own (no segmentation) and returns the rule matches: used to
     * check a rule against its example sentence.
     */
    public List<RuleMatch> matchExample(DependencyRule rule) {
        Annotation doc = new Annotation(rule.example());
        corenlp.annotate(doc);
        List<RuleMatch> out = new ArrayList<>();
        int i = 0;
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class))
            match(rule, cm.get(CoreAnnotations.TokensAnnotation.class),
                  cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), i++, out);
        return out;
    }
}
