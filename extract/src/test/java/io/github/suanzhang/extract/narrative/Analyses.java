package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.text.TextNormalizer;
import java.util.List;
import java.util.Map;

/** Test helpers: the analysis of an invented sentence, and a reader's claims as {@link ClaimText} lines. */
final class Analyses {
    private Analyses() {
    }

    static SentenceAnalysis of(String sentence) {
        return of(sentence, Context.NONE);
    }

    static SentenceAnalysis of(String sentence, Context context) {
        return SentenceAnalysis.of(SentenceSplitter.clean(TextNormalizer.normalize(sentence)), Place.UNKNOWN, context);
    }

    static List<String> lines(List<Claim> claims) {
        return ClaimText.of(claims);
    }

    static Context heading(String subject) {
        return new Context(subject, null, Map.of(), true);
    }
}
