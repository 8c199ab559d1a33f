package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.BASE_THAN;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.COUNT;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR_AT_END;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR_AT_START;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.FOLLOWING_NOUN;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.MONEY_OR_PERCENT;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.RATE_MARK;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.SHARE_MARK;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.THRESHOLD_AFTER;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.UNITLESS_ZERO;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.generic;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.extract.narrative.Figure.Role;
import io.github.suanzhang.extract.narrative.Figure.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence (amounts, percents, counts; thresholds and target ranges are not
 * figures) and gives each its role from the words before and after it. Stateless.
 */
final class FigureFinder {
    private static final Pattern COMPARED = Pattern.compile(".*(?:比|较).*");
    private static final Pattern COUNT_VERB_END = Pattern.compile(".*(?:[对有及在成置报增]|主要是.*)$");

    private FigureFinder() {
    }

    /** The figures of {@code s} in order of their start, not yet classified. */
    static List<Figure> find(String s) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = MONEY_OR_PERCENT.matcher(s);
        while (m.find()) {
            String after = s.substring(m.end());
            boolean percent = m.group(2).equals("%");
            if (!percent && THRESHOLD_AFTER.matcher(after).find()) {
                continue;   // 单价100万元(含)以上设备: a threshold, not an amount
            }
            if (percent) {
                char before = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
                if (before == '含' || before == '-' || after.startsWith("以上") || after.startsWith("以下")
                        || after.startsWith("-")) {
                    continue;   // 98.5%以上, (含80%), 80-50%: targets and ranges
                }
            }
            Amount a = parse(m.group(), percent ? NumberContext.percent() : NumberContext.ANY);
            if (a != null) {
                figures.add(Figure.found(m.start(), m.end(), percent ? Type.PERCENT : Type.MONEY, a, null));
            }
        }
        Matcher z = UNITLESS_ZERO.matcher(s);
        while (z.find()) {
            figures.add(Figure.found(z.start(), z.end(), Type.MONEY, new Amount(BigDecimal.ZERO, 0, Unit.YUAN, z.group()),
                    null));
        }
        Matcher c = COUNT.matcher(s);
        while (c.find()) {
            if (overlaps(figures, c.start(), c.end())) {
                continue;
            }
            Amount a = parse(c.group(1), NumberContext.ANY);
            if (a != null) {
                figures.add(Figure.found(c.start(), c.end(), Type.COUNT, a, c.group(2)));
            }
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return figures;
    }

    private static boolean overlaps(List<Figure> figures, int start, int end) {
        for (Figure f : figures) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Amount parse(String raw, NumberContext nc) {
        ParseResult r = NumberParser.parse(raw, nc);
        if (r instanceof ParseResult.Parsed p) {
            return p.amount();
        }
        return null;
    }

    /**
     * {@code f} with its role, lead and stated subject: a percent after 占 is a share, after 完成/执行率 a rate,
     * after a direction word a change; money after a direction word is a change, before one (比X A万元增加) the
     * earlier figure; all else is an amount of the subject its lead names.
     */
    static Figure classify(String s, List<ClassSpan> classes, List<Figure> all, Clauses clauses, Figure f) {
        int from = clauses.clauseStart(f.start());
        for (Figure g : all) {
            if (g.start() != f.start() && g.end() <= f.start() && g.end() > from) {
                from = g.end();
            }
        }
        String lead = s.substring(from, f.start());
        String after = s.substring(f.end(), Math.min(s.length(), f.end() + 4));
        Role role;
        if (f.type() == Type.COUNT) {
            role = Role.COUNT;
        } else if (f.type() == Type.PERCENT) {
            if (SHARE_MARK.matcher(lead).find()) {
                role = Role.SHARE;
            } else if (RATE_MARK.matcher(lead).find()) {
                role = Role.RATE;
            } else if (DIR_AT_END.matcher(lead).find() || BASE_THAN.matcher(lead + "减少").find() && DIR.matcher(lead).find()) {
                role = Role.CHANGE_PERCENT;
            } else {
                role = Role.AMOUNT;
            }
        } else {
            if (DIR_AT_END.matcher(lead).find()) {
                role = Role.CHANGE;
            } else if (COMPARED.matcher(lead).matches() && DIR_AT_START.matcher(after).find()) {
                role = Role.BEFORE;
            } else {
                role = Role.AMOUNT;
            }
        }
        if (role != Role.AMOUNT && role != Role.COUNT && role != Role.SHARE) {
            return f.classified(role, lead, null, null, null, null);
        }
        String l = lead;
        if (role == Role.SHARE) {
            Matcher m = SHARE_MARK.matcher(l);
            m.find();
            l = l.substring(0, m.start());
        }
        StatedSubject sub = StatedSubject.of(s, classes, from, from + l.length());
        String subject = sub.name();
        if (role == Role.COUNT && (generic(subject) || COUNT_VERB_END.matcher(subject).matches())) {
            Matcher n = FOLLOWING_NOUN.matcher(s.substring(f.end()));
            if (n.find()) {
                subject = n.group(1);
            }
        }
        return f.classified(role, lead, subject, sub.measure(), sub.classAttrs(), sub.code());
    }
}
