package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.number.Amount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One figure of a sentence with what the sentence says about it: its role, the words before it in its
 * clause, and the subject it is stated of. Immutable; built by {@link FigureFinder}, its subject resolved
 * by {@link SentenceAnalysis}.
 *
 * @param start       where the figure's text starts in the sentence
 * @param end         just after its unit
 * @param type        money, percent or count
 * @param amount      the figure read with its unit
 * @param countUnit   the counted unit ({@code 辆}, {@code 个}) of a count, else null
 * @param role        what the figure is in the sentence
 * @param lead        the words of its clause before it, after the previous figure
 * @param subject     the subject it is stated of, or null
 * @param measure     the stated measure ({@code 预算}, {@code 决算}, {@code 合计}…), or null
 * @param classAttrs  the class names of its subject ({@code 类}, {@code 款}, {@code 项})
 * @param code        the code printed with its subject, or null
 * @param fromContext whether its subject comes from the sentences before
 */
record Figure(int start, int end, Type type, Amount amount, String countUnit, Role role, String lead,
              String subject, String measure, Map<String, String> classAttrs, SubjectCode code, boolean fromContext) {

    /** What kind of figure the text is. */
    enum Type { MONEY, PERCENT, COUNT }

    /** What the figure is in its sentence. */
    enum Role { AMOUNT, SHARE, RATE, CHANGE, CHANGE_PERCENT, BEFORE, COUNT }

    Figure {
        classAttrs = Collections.unmodifiableMap(new LinkedHashMap<>(classAttrs == null ? Map.of() : classAttrs));
    }

    /** A figure found but not yet classified. */
    static Figure found(int start, int end, Type type, Amount amount, String countUnit) {
        return new Figure(start, end, type, amount, countUnit, null, null, null, null, Map.of(), null, false);
    }

    /** Where the figure's clause text starts: the start of its lead. */
    int leadStart() {
        return start - lead.length();
    }

    boolean isMoneyAmount() {
        return type == Type.MONEY && role == Role.AMOUNT;
    }

    boolean isBudget() {
        return measure != null && measure.contains("预算");
    }

    Figure classified(Role role, String lead, String subject, String measure, Map<String, String> classAttrs,
                      SubjectCode code) {
        return new Figure(start, end, type, amount, countUnit, role, lead, subject, measure, classAttrs, code, false);
    }

    Figure withSubject(String subject, Map<String, String> classAttrs, boolean fromContext) {
        return new Figure(start, end, type, amount, countUnit, role, lead, subject, measure, classAttrs, code,
                fromContext);
    }
}
