package incidentkg.model;

import java.util.List;

/** An article with CoreNLP's annotations, turned into this project's records, and the rule matches. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<RuleMatch> ruleMatches) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        ruleMatches = List.copyOf(ruleMatches);
    }

    public String text() { return article.text(); }

    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences)
            if (s.span().begin() <= offset && offset < s.span().end())
                return s;
        return null;
    }
}
