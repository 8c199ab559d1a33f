package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.BASES;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.extract.narrative.Figure.Role;
import io.github.suanzhang.extract.narrative.Figure.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sentence says, before it is read as claims: its clauses, its class names, its figures with their
 * roles and the subjects they are stated of (a figure whose lead names no subject takes the last named amount
 * of its segment, else the {@link Context} of the sentences before). Immutable; the {@code *Reader} classes
 * read their claims from it.
 */
final class SentenceAnalysis {
    private final String text;
    private final Place place;
    private final Context context;
    private final List<ClassSpan> classes;
    private final List<Figure> figures;
    private final Clauses clauses;

    private SentenceAnalysis(String text, Place place, Context context, List<ClassSpan> classes, List<Figure> figures,
                             Clauses clauses) {
        this.text = text;
        this.place = place;
        this.context = context;
        this.classes = classes;
        this.figures = figures;
        this.clauses = clauses;
    }

    /** The analysis of {@code s}, already normalised and cleaned ({@link SentenceSplitter#clean}). */
    static SentenceAnalysis of(String s, Place place, Context context) {
        Context ctx = context == null ? Context.NONE : context;
        List<ClassSpan> classes = ClassSpan.find(s);
        List<Figure> found = FigureFinder.find(s);
        Clauses clauses = Clauses.of(s, found);
        List<Figure> classified = new ArrayList<>();
        for (Figure f : found) {
            classified.add(FigureFinder.classify(s, classes, found, clauses, f));
        }
        ClassSpan lead = leadClass(s, classes);
        List<Figure> resolved = new ArrayList<>();
        for (Figure f : classified) {
            Figure g = f.role() == Role.AMOUNT || f.role() == Role.COUNT ? ofLead(f, lead) : null;
            resolved.add(g != null ? g : f.role() == Role.AMOUNT || f.role() == Role.COUNT ? inherit(f, resolved, clauses, ctx) : f);
        }
        return new SentenceAnalysis(s, place, ctx, classes, List.copyOf(resolved), clauses);
    }

    /** Words that say only "the total" of something: 支出, 预算支出合计, 本年收入合计, 决算数 … */
    private static final Pattern TOTAL_WORDS = Pattern.compile(
            "^(?:\\d{4}年度?)?(?:本年|全年)?(?:预算|决算)?(?:支出|收入)?(?:预算|决算)?数?(?:合计|总计|总额|小计)?$");

    /**
     * The class name that leads the sentence, after an item number and before a colon: {@code 1.住房公积金(项):支出
     * 1,073.77万元} or {@code 检察(款):2018年预算支出合计16,444.36万元}. Null when the sentence does not start so.
     */
    static ClassSpan leadClass(String s, List<ClassSpan> classes) {
        Matcher n = ClaimPatterns.ITEM_NUMBER.matcher(s);
        int from = n.find() ? n.end() : 0;
        for (ClassSpan c : classes) {
            if (c.start() == from && c.end() < s.length() && (s.charAt(c.end()) == ':' || s.charAt(c.end()) == '\uFF1A')) {
                return c;
            }
        }
        return null;
    }

    /**
     * A list item has its own subject: an amount after a leading class name ({@link #leadClass}) whose own words
     * say only "the total" ({@link #TOTAL_WORDS}: 支出, 预算支出合计) is of that class line, not of the subject an
     * earlier sentence left nor of the whole table. Null when that does not apply.
     */
    private static Figure ofLead(Figure f, ClassSpan lead) {
        if (lead == null || f.start() < lead.end() || f.code() != null) {
            return null;
        }
        String subject = f.subject() == null ? "" : f.subject().replaceAll("\\s", "");
        if (!GENERIC.contains(subject) && !TOTAL_WORDS.matcher(subject).matches()) {
            return null;
        }
        return f.withSubject(lead.subject(), lead.attrs(), false);
    }

    /**
     * {@code f} with an empty subject filled: from the last amount of the same segment that names one, else
     * from the context.
     */
    private static Figure inherit(Figure f, List<Figure> before, Clauses clauses, Context ctx) {
        String subject = f.subject();
        if (subject != null && !subject.isEmpty() && "预算".equals(f.measure())
                && !(ctx.heading() && !ctx.attributes().isEmpty())) {
            return f;   // 支出预算12,122万元: the whole budget's 支出, not the context's
        }
        if (subject != null && !GENERIC.contains(subject)) {
            return f;
        }
        Figure own = null;
        for (Figure g : before) {
            if (g.end() <= f.start() && g.type() == Type.MONEY && g.role() == Role.AMOUNT && !g.fromContext()
                    && g.subject() != null && !GENERIC.contains(g.subject())
                    && clauses.segmentIndex(g.start()) == clauses.segmentIndex(f.start())) {
                own = g;
            }
        }
        if (own != null) {
            return f.withSubject(own.subject(), own.classAttrs(), false);
        }
        if (!ctx.isEmpty()) {
            return f.withSubject(ctx.subject(), ctx.attributes(), true);
        }
        if (subject != null && subject.isEmpty()) {
            return f.withSubject(null, f.classAttrs(), false);
        }
        return f;
    }

    String text() {
        return text;
    }

    Context context() {
        return context;
    }

    List<ClassSpan> classes() {
        return classes;
    }

    /** The figures in order, their subjects resolved. */
    List<Figure> figures() {
        return figures;
    }

    Clauses clauses() {
        return clauses;
    }

    boolean inFigure(int i) {
        return Clauses.inFigure(figures, i);
    }

    /** The subject stated in text[from, to). */
    StatedSubject subjectOf(int from, int to) {
        return StatedSubject.of(text, classes, from, to);
    }

    /** A claim of this sentence over text[start, end). */
    Claim claim(ClaimKind kind, int start, int end, String subject, SubjectCode code, Map<String, Amount> figs,
                Direction dir, Integer year, Map<String, String> attrs) {
        return new Claim(kind, text.substring(Math.max(0, start), Math.min(text.length(), end)), subject, code, figs,
                dir, year, attrs, place);
    }

    /** The base of the comparison stated before {@code pos}, in the sentence: 与X相比, 比X, 较X, 同比. */
    String baseBefore(int pos) {
        String head = text.substring(0, pos);
        String best = null;
        int bestAt = -1;
        for (Pattern p : BASES) {
            Matcher m = p.matcher(head);
            while (m.find()) {
                if (m.start() > bestAt) {
                    bestAt = m.start();
                    best = m.group(1);
                }
            }
        }
        int tong = head.lastIndexOf("同比");
        if (tong > bestAt) {
            return "上年";
        }
        if (best == null) {
            return null;
        }
        return best.replaceAll("\\d[\\d,.]*(?:万元|亿元|元)$", "").replaceAll("^(?:上年度|上年)$", "上年");
    }

    /** Whether {@code pos} lies inside the base of a comparison (the X of 与X相比, 比X). */
    boolean inBase(int pos) {
        for (Pattern p : BASES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (pos >= m.start(1) && pos < m.end(1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
