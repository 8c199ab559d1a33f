package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.narrative.subject.Abstention;
import io.github.suanzhang.reconcile.rules.narrative.subject.ClaimScope;
import io.github.suanzhang.reconcile.rules.narrative.subject.OtherYearSubject;
import io.github.suanzhang.reconcile.rules.narrative.subject.SelfCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An amount the narrative states (an AMOUNT claim, or the actual of a COMPLETION) against the table
 * figure for the same subject and measure ({@link SubjectIndex}). Two printings of one fact:
 * {@link Consistency#samefact}. One unit apart in the last digit (872.88 vs 872.87) is a WARNING,
 * any other difference an ERROR; different precision that rounding explains (208.8 vs 208.80) is no
 * finding. Skipped: subjects that do not resolve or resolve ambiguously, measures without a table
 * column (年初预算 in a 决算), other years, and subjects whose table figures differ among themselves
 * (the table rules report those).
 */
@RuleMeta(id = "narrative.amount", severity = Severity.ERROR, summary = "情况说明中的金额与表中同一科目、同一口径的数字一致")
public final class NarrativeAmountRule implements Rule {
    static final String ID = "narrative.amount";

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Narrative.claims(d).forEach(s -> {
            Claim c = s.claim();
            Amount stated;
            Measure measure;
            if (c.kind() == ClaimKind.AMOUNT) {
                stated = c.figure(FigureRole.AMOUNT);
                measure = Measure.of(c, d.document().type());
            } else if (c.kind() == ClaimKind.COMPLETION) {
                stated = c.figure(FigureRole.ACTUAL);
                measure = Measure.ACTUAL;
            } else {
                return;
            }
            if (stated == null || !stated.unit().isMonetary() || Narrative.otherYear(d, c)
                    || OtherYearSubject.is(c.subject(), d.document().year())) {
                return;
            }
            if (scopedByAnotherSubject(index, s)) {
                return;
            }
            SubjectIndex.Resolution r = index.resolve(s);
            Optional<String> scope = ClaimScope.abstention(c, d.statements(), s.index(), r.kind() == SubjectIndex.Resolution.Kind.CODE);
            List<TableFigure> figures = index.figures(s, measure).stream()
                    .filter(f -> Intervals.compatible(f.amount().unit(), stated.unit())).toList();
            String key = s.index() + "|" + stated.value().toPlainString() + "|" + c.subject();
            if (scope.isPresent() && (!figures.isEmpty() || r.kind() == SubjectIndex.Resolution.Kind.CODE)) {
                if (seen.add(key)) {
                    out.add(Abstention.finding(ID, s, stated, r, scope.get()));
                }
                return;
            }
            if (figures.isEmpty()) {
                if ((r.kind() == SubjectIndex.Resolution.Kind.AMBIGUOUS || "parent-not-in-tables".equals(r.how()))
                        && seen.add(key)) {
                    out.add(Abstention.finding(ID, s, stated, r,
                            r.kind() == SubjectIndex.Resolution.Kind.AMBIGUOUS ? "ambiguous-subject" : "parent-not-in-tables"));
                }
                return;
            }
            if (!seen.add(s.index() + "|" + stated.value().toPlainString() + "|" + figures.get(0).evidence())) {
                return;
            }
            check(index, s, r, stated, measure, figures).ifPresent(out::add);
        });
        return out.stream();
    }

    /**
     * Two printings of one fact at different precision that only truncation reconciles: the table's
     * 877,080.00元 is 87.708万元, the narrative's 87.70万元 is it with the tail cut off (上海普陀区财政局 2025,
     * five lines so). Both read as truncated ({@link Reading#TRUNCATED}) and their intervals meet.
     */
    static boolean onlyTruncation(Amount stated, Amount table) {
        Amount t = Intervals.convert(table, stated.unit());
        if (t.decimals() == stated.decimals()) {
            return false;
        }
        return Interval.of(stated, Reading.TRUNCATED).intersects(Interval.of(t, Reading.TRUNCATED));
    }

    /**
     * Whether the table cell is printed with fewer decimals than every other amount of its line: a cell whose
     * last digits wrapped onto a line of their own ({@code 18,536.8} over {@code 8}, 杭州市公安局 2026 表2) reads
     * short, and a "truncation" against it is the reading's, not the document's. Needs two other amounts.
     */
    static boolean clipped(TableFigure f) {
        int others = 0;
        for (int i = 0; i < f.line().cells().size(); i++) {
            io.github.suanzhang.core.table.Cell c = f.line().cells().get(i);
            if (c == null || c == f.cell() || !c.hasAmount() || c.amount().unit().equals(io.github.suanzhang.core.number.Unit.PERCENT)) {
                continue;
            }
            if (c.amount().decimals() <= f.amount().decimals()) {
                return false;
            }
            others++;
        }
        return others >= 2;
    }

    /**
     * A general subject (人员经费, 公用经费, 基本支出 …) stated inside a sentence about one subject code is that
     * code's part, not the whole table's: {@code “农林水支出”科目83万元,主要用于人员经费18万元、公用经费58万元}
     * (上海市工业和信息化局 2026, 上海水产老干部活动室). Likewise an all-funds subject (基本支出, 项目支出 …)
     * in a sentence or section about some funds only (一般公共预算, 财政拨款 …: 重庆市人民政府办公厅 2026 p3,
     * section 三、财政拨款情况说明, whose lines the reader splits so that 项目支出9,399.23万元 stands alone).
     */
    /** General subjects whose table cells are of all funds. */
    private static final Set<String> ALL_FUNDS = Set.of("基本支出", "项目支出", "本年支出合计", "本年收入合计", "收、支总计", "收入总计", "支出总计",
            "总收入", "总支出");
    private static final java.util.regex.Pattern FUND = java.util.regex.Pattern.compile("一般公共预算|政府性基金|国有资本经营|财政拨款");

    private static boolean scopedByAnotherSubject(SubjectIndex index, Narrative.Stated s) {
        if (index.resolve(s.claim()).kind() != SubjectIndex.Resolution.Kind.GENERAL) {
            return false;
        }
        if (s.statement().text().contains("科目")) {
            return true;
        }
        String key = index.resolve(s.claim()).general();
        String section = s.statement().section() == null ? "" : s.statement().section();
        if (ALL_FUNDS.contains(key) && (FUND.matcher(s.statement().text()).find() || FUND.matcher(section).find())) {
            return true; // 重庆市人民政府办公厅 2026 p3: “一般公共预算财政拨款支出…其中…项目支出9,399.23万元” is not 表三's all-funds 10,211.71
        }
        for (Claim other : s.statement().claims()) {
            if (other != s.claim() && index.resolve(other).kind() == SubjectIndex.Resolution.Kind.CODE) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Finding> check(SubjectIndex index, Narrative.Stated s, SubjectIndex.Resolution r, Amount stated,
                                           Measure measure, List<TableFigure> figures) {
        for (TableFigure f : figures) {
            if (Consistency.samefact(stated, f.amount()).agreement() == Agreement.AGREES) {
                return Optional.empty();
            }
        }
        TableFigure first = figures.get(0);
        for (TableFigure f : figures) {
            if (Consistency.samefact(first.amount(), f.amount()).agreement() != Agreement.AGREES) {
                return Optional.empty(); // the tables disagree among themselves: not this rule's to judge
            }
        }
        Check check = Consistency.samefact(stated, first.amount());
        boolean truncated = check.agreement() == Agreement.DISAGREES && onlyTruncation(stated, first.amount());
        if (truncated && clipped(first)) {
            return Optional.of(Abstention.finding(ID, s, stated, r, "clipped-cell"));
        }
        Severity severity = check.agreement() == Agreement.ONE_UNIT_APART || truncated ? Severity.WARNING : Severity.ERROR;
        String code = first.line().code() == null ? "" : "（" + first.line().code().digits() + "）";
        String subject = s.subject();
        Match match = Abstention.match(s, r, first);
        String alsoPrinted = "";
        if (severity == Severity.ERROR) {
            // self-check: another line of the same measure prints the stated figure. For a subject matched by its
            // code or name the match is then doubtful (INFO naming both). A general subject (本年支出合计, 一般公共
            // 预算财政拨款基本支出 …) is matched to fixed cells, not guessed: a figure of another general subject
            // printed under its name is the publisher's mix-up (上海普陀规划资源局 2024 p24: the all-funds 基本支出
            // 5,377.64 called 一般公共预算财政拨款基本支出, whose table figure is 5,364.75), and stays an ERROR that
            // names the other cell; one found only through measure or scope words around its name (SubjectWording)
            // is not fixed so, and is doubtful like a name.
            List<TableFigure> others = SelfCheck.figuresWithAmount(index, stated, measure, SubjectIndex.isIncome(s.claim()));
            if (!others.isEmpty() && r.kind() == SubjectIndex.Resolution.Kind.GENERAL && !SubjectIndex.BY_WORDING.equals(r.how())) {
                TableFigure other = others.get(0);
                alsoPrinted = "所称数字恰为" + other.tableName() + "“" + other.line().label() + "”行" + other.columnLabel() + "的数。";
            } else if (!others.isEmpty()) {
                TableFigure other = others.get(0);
                String otherName = other.line().code() != null ? other.line().code().digits() + " " + other.line().label()
                        : other.line().label() + "（" + other.columnLabel() + "）";
                String msg = "未核对：情况说明称" + Narrative.quote(subject) + measure.word() + "为" + Narrative.show(stated)
                        + "。按所称科目对应" + first.tableName() + "该" + (code.isEmpty() ? "项" : "科目" + code) + "（"
                        + Narrative.show(first.amount()) + "），两数不符；但" + other.tableName() + "“" + otherName + "”恰为"
                        + Narrative.show(other.amount()) + "，所称可能指该行。两处均列出，不作差错判断。";
                Map<String, Amount> fig = new LinkedHashMap<>();
                fig.put(FindingFigure.STATED, stated);
                fig.put(FindingFigure.TABLE, first.amount());
                fig.put("candidate", other.amount());
                List<Evidence> ev = List.of(s.evidence(), first.evidence(), other.evidence());
                Match m = new Match(match.subject(), match.code(), match.table(), match.row(), match.column(),
                        Match.NOT_CHECKABLE + "another-line-equals");
                return Optional.of(new Finding(ID, Severity.INFO, msg, fig, ev, m));
            }
        }
        String msg = "情况说明称" + Narrative.quote(subject) + measure.word() + "为" + Narrative.show(stated)
                + "，而" + first.tableName() + "该" + (code.isEmpty() ? "项" : "科目" + code) + "为" + Narrative.show(first.amount())
                + "，相差" + Narrative.plain(check.difference().abs()) + stated.unit().label() + "。"
                + (truncated ? "表中数字舍去尾数（截尾）即得所称金额，四舍五入则不能；属取数方式不一，非实质差异。"
                        : severity == Severity.WARNING ? "两数仅末位相差一个单位，可能是尾数调整，但同一数字应一致。" : alsoPrinted);
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, stated);
        fig.put(FindingFigure.TABLE, first.amount());
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(check.difference(), stated.unit()));
        List<Evidence> ev = new ArrayList<>();
        ev.add(s.evidence());
        figures.forEach(f -> ev.add(f.evidence()));
        return Optional.of(new Finding(ID, severity, msg, fig, ev, match));
    }
}
