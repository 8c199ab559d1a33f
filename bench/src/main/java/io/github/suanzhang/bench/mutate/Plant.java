package io.github.suanzhang.bench.mutate;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One planted discrepancy.
 *
 * @param kind      what was planted
 * @param level     in the model or in the text
 * @param where     a short description of the place: {@code p21 “本年支出合计2940.05万元”} or {@code t05 r7 total}
 * @param original  the figure (or word, or year) as printed
 * @param planted   what it became
 * @param unit      the unit of the figure (null for words and years)
 * @param marks     the values a finding must carry to count (the planted figure, the difference), in {@code unit}
 * @param decimals  the printed decimals of the planted figure (for matching: half a unit of the last digit)
 * @param words     strings a finding's message or evidence must contain to count (a flipped word, a year)
 * @param page      the page (or line, for text exports) of the sentence or cell, for place matching; 0 if none
 * @param apply     the disclosure with the plant
 * @param probe     the disclosure with a gross version of the plant (×3, +30 points), or null when none
 *                  applies: used only to say why a plant was missed
 * @param statement the index of the statement it stands in (narrative plants), else −1
 * @param snippet   for text plants, the edited text with a few characters before it (to find its sentence
 *                  in the reading of the edited text); null for model plants
 */
public record Plant(Kind kind, Level level, String where, String original, String planted, Unit unit,
                    List<BigDecimal> marks, int decimals, List<String> words, int page,
                    UnaryOperator<Disclosure> apply, UnaryOperator<Disclosure> probe, int statement,
                    String snippet) {
    public Plant {
        marks = List.copyOf(marks);
        words = List.copyOf(words);
    }
}
