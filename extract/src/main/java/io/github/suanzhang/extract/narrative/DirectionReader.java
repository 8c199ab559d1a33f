package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.BASE_AFTER_COMPARATIVE;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.MEASURE_CUT;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.REASON_AFTER;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.cleanSubject;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.directionOf;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.dropFeeSpending;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.headSubject;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.stripBase;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.yearOf;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.extract.narrative.Figure.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ClaimKind#DIRECTION}: every direction word of a comparison (a word before a figure or before
 * 主要原因, or in a clause that names a base; 持平/一致/小于… always), also in a reason clause
 * ({@code 增加主要原因是…}, role {@code reason}); direction words inside the stated reason are not
 * comparisons. The subject is that of the change the word belongs to, else the words before it, else the
 * sentence's. Stateless.
 */
final class DirectionReader {
    private static final Pattern ALWAYS = Pattern.compile("持平|无增减|一致|小于|大于|高于|低于");
    private static final Pattern COMPARATIVE = Pattern.compile("小于|大于|高于|低于");
    private static final Pattern FIGURE_AFTER = Pattern.compile("^(?:各|了)?\\d.*");
    private static final Pattern MAIN_REASON = Pattern.compile(".*的主要原因.*");
    private static final Pattern COMPARED_CLAUSE = Pattern.compile(".*(?:比|较|与.*相比|同比|上年).*");
    private static final Pattern TRAILING_BASE = Pattern.compile("(?:与|比|较)[^,;:。]*$");
    private static final Pattern COMPARE_WORD = Pattern.compile(".*[与比较].*");

    private DirectionReader() {
    }

    /** The direction claims of {@code a}, given the changes read from it (for the subjects of their words). */
    static List<Claim> read(SentenceAnalysis a, List<ChangeReader.Reading> changes) {
        Map<Integer, String> changeSubjects = new HashMap<>();
        for (ChangeReader.Reading r : changes) {
            for (Figure f : r.figures()) {
                changeSubjects.put(f.start(), r.claim().subject());
            }
        }
        String s = a.text();
        Clauses cl = a.clauses();
        List<Claim> out = new ArrayList<>();
        Matcher m = DIR.matcher(s);
        while (m.find()) {
            if (cl.inExplanation(m.start()) || a.inFigure(m.start())) {
                continue;
            }
            String word = m.group();
            if (word.equals("一致") && !s.substring(cl.clauseStart(m.start()), m.start()).contains("与")) {
                continue;
            }
            if (!isComparison(a, m)) {
                continue;
            }
            Direction dir = directionOf(word);
            String after = s.substring(m.end());
            boolean reason = REASON_AFTER.matcher(after).find()
                    || MAIN_REASON.matcher(s.substring(m.end(), cl.clauseEnd(m.end()))).matches();
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put(ClaimAttribute.ROLE, reason ? "reason" : "comparison");
            attrs.put(ClaimAttribute.WORD, word);
            String base = null;
            if (COMPARATIVE.matcher(word).matches()) {
                Matcher b = BASE_AFTER_COMPARATIVE.matcher(after);
                if (b.find()) {
                    base = b.group(1);
                }
            } else {
                base = a.baseBefore(m.end());
                if (base != null && !sameSegmentHas(a, m.start(), base)) {
                    base = null;
                }
            }
            if (base != null) {
                attrs.put(ClaimAttribute.BASE, base);
            }
            String subject = subject(a, m.start(), changeSubjects);
            if (subject != null && subject.equals(a.context().subject()) && !s.substring(0, m.start()).contains(subject)) {
                attrs.put(ClaimAttribute.CONTEXT, subject);
            }
            out.add(a.claim(ClaimKind.DIRECTION, cl.clauseStart(m.start()), cl.clauseEnd(m.end()), subject, null,
                    Map.of(), dir, base == null ? null : yearOf(base), attrs));
        }
        return out;
    }

    /** 持平/小于…, a word before a figure or before 主要原因, or in a clause that names a base. */
    private static boolean isComparison(SentenceAnalysis a, Matcher m) {
        String s = a.text();
        Clauses cl = a.clauses();
        if (ALWAYS.matcher(m.group()).matches()) {
            return true;
        }
        String after = s.substring(m.end());
        if (FIGURE_AFTER.matcher(after).matches() || REASON_AFTER.matcher(after).find()
                || MAIN_REASON.matcher(s.substring(m.end(), cl.clauseEnd(m.end()))).matches()) {
            return true;
        }
        String clause = s.substring(cl.clauseStart(m.start()), m.start());
        return COMPARED_CLAUSE.matcher(clause).matches() || a.baseBefore(m.start()) != null
                && sameSegmentHas(a, m.start(), a.baseBefore(m.start()));
    }

    private static boolean sameSegmentHas(SentenceAnalysis a, int pos, String base) {
        int from = a.clauses().segmentStart(pos);
        int i = a.text().indexOf(base, from);
        return i >= 0 && i < pos;
    }

    private static String subject(SentenceAnalysis a, int pos, Map<Integer, String> changeSubjects) {
        // the change this word belongs to
        for (Figure f : a.figures()) {
            String fs = subjectOf(f, changeSubjects);
            if ((f.role() == Role.CHANGE || f.role() == Role.CHANGE_PERCENT) && f.lead() != null
                    && f.leadStart() <= pos && pos < f.start() && fs != null) {
                return fs;
            }
            if (f.role() == Role.BEFORE && f.end() <= pos && pos <= f.end() + 2 && fs != null) {
                return fs;
            }
        }
        int from = a.clauses().clauseStart(pos);
        String lead = stripBase(TRAILING_BASE.matcher(a.text().substring(from, pos)).replaceFirst(""));
        String n = cleanSubject(lead);
        Matcher cut = MEASURE_CUT.matcher(n);
        if (cut.find()) {
            n = dropFeeSpending(cleanSubject(n.substring(0, cut.start())));
        }
        if (!GENERIC.contains(n) && !COMPARE_WORD.matcher(n).matches()) {
            return n;
        }
        // the subject of the sentence: its first stated amount's, or a change's, or the context's
        for (Figure f : a.figures()) {
            String fs = subjectOf(f, changeSubjects);
            if (f.start() < pos && fs != null && (f.role() == Role.AMOUNT || f.role() == Role.CHANGE
                    || f.role() == Role.CHANGE_PERCENT)) {
                return fs;
            }
        }
        for (ClassSpan c : a.classes()) {
            if (c.start() < pos) {
                return c.subject();
            }
        }
        String head = headSubject(a.text());
        return head != null ? head : a.context().subject();
    }

    /** A figure's subject; a change's figures have the subject of their change. */
    private static String subjectOf(Figure f, Map<Integer, String> changeSubjects) {
        return switch (f.role()) {
            case CHANGE, CHANGE_PERCENT, BEFORE -> changeSubjects.get(f.start());
            default -> f.subject();
        };
    }
}
