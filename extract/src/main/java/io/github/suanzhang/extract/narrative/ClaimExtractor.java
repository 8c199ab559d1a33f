package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed claims of one narrative sentence. Pure text in, claims out (no PDF); stateless; the
 * patterns are compiled once ({@link ClaimPatterns}). The sentence is first analysed once
 * ({@link SentenceAnalysis}: clauses, class names, figures with their roles and subjects); then one reader per
 * {@link ClaimKind} reads its claims from that analysis ({@link ClassNameReader}, {@link AmountReader},
 * {@link ShareReader}, {@link CompletionReader}, {@link ChangeReader}, {@link DirectionReader},
 * {@link BreakdownReader}, {@link YearReader}); {@link ContextCarrier} decides what the next sentence inherits.
 * The conventions every claim follows are in {@code docs/claims.md}; in short:
 * <ul>
 *   <li>every stated amount of a named subject is an {@link ClaimKind#AMOUNT} claim (also when it is the
 *       budget or actual of a completion, an item of a breakdown, or the part of a share) — these are the
 *       claims to compare with table lines;</li>
 *   <li>{@link ClaimKind#SHARE}, {@link ClaimKind#CHANGE}, {@link ClaimKind#COMPLETION} and
 *       {@link ClaimKind#BREAKDOWN} carry the figures of their own arithmetic (part and percent; before,
 *       after, change and percent; budget, actual and rate; items and total);</li>
 *   <li>every direction word of a comparison is a {@link ClaimKind#DIRECTION} claim, also in a reason
 *       clause ({@code 增加主要原因是…}); direction words inside the stated reason are not comparisons;</li>
 *   <li>figures are read with {@link io.github.suanzhang.core.number.NumberParser}; {@code raw} is the figure's text in the sentence.</li>
 * </ul>
 */
public final class ClaimExtractor {

    private ClaimExtractor() {
    }

    /** The claims of {@code sentence} on its own (no inherited subject). */
    public static List<Claim> extract(String sentence, Place place) {
        return extract(sentence, place, Context.NONE);
    }

    /**
     * The claims of {@code sentence}; where it names no subject for a figure, the subject of
     * {@code context} is used and recorded as the claim's {@code context} attribute.
     */
    public static List<Claim> extract(String sentence, Place place, Context context) {
        String s = SentenceSplitter.clean(TextNormalizer.normalize(sentence));
        SentenceAnalysis a = SentenceAnalysis.of(s, place, context == null ? Context.NONE : context);
        List<Claim> out = new ArrayList<>();
        out.addAll(ClassNameReader.read(a));
        out.addAll(AmountReader.read(a));
        out.addAll(ShareReader.read(a));
        out.addAll(CompletionReader.read(a));
        List<ChangeReader.Reading> changes = ChangeReader.readings(a);
        changes.forEach(r -> out.add(r.claim()));
        out.addAll(DirectionReader.read(a, changes));
        out.addAll(BreakdownReader.read(a));
        out.addAll(YearReader.read(a));
        return List.copyOf(out);
    }

    /**
     * What the sentence after this one inherits: an item heading (a class-name triple without figures)
     * starts a context that lasts until the next heading; a sentence ending in {@code :} starts one that
     * lasts over the list items that follow; otherwise the main subject of this sentence (its last amount
     * that is not a budget), or, failing one, the previous context.
     */
    public static Context contextAfter(String sentence, List<Claim> claims, Context previous) {
        return ContextCarrier.after(SentenceSplitter.clean(TextNormalizer.normalize(sentence)), claims, previous);
    }
}
