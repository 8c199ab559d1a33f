package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A change against last year of more than {@value #THRESHOLD}% with no reason stated, where the template asks
 * for one: the 收入/支出/收支, 财政拨款, 三公 and 机关运行经费 sections of a 部门/单位 决算 or 预算 narrative
 * ({@code …比上年增加X万元，增长Y%。主要原因是…}). WARNING, one per sentence, the percentage marked.
 *
 * <p>A reason counts when it stands
 * <ul>
 *   <li>in the same sentence, before or after the change ({@code 由于…，比上年增加…}, {@code …，主要是…});</li>
 *   <li>in the sentence before, when that one states no change of its own and gives a cause ({@code 由于/因…});</li>
 *   <li>in one of the next {@value #LOOK_AHEAD} sentences, read while they state no other change: a description
 *       ({@code 主要用于…}) may stand between the change and its reason, and a sentence stating the same change
 *       for the other side ({@code 部门预算收入…下降26.9%。部门预算支出…下降26.9%。预算收支减少主要原因说明：…}) is
 *       read through.</li>
 * </ul>
 * Not judged: a change followed by a list introducer ({@code 其中：}, {@code 具体如下：}) before any other change —
 * the total is broken into items, and the reasons are given item by item; a numbered heading or item, or a
 * sentence stating another change, ends the search (the reason belongs to that one). The percentage must be
 * printed and the sentence must compare with last year ({@code 比/较/与…上年/去年/年初/20XX年}).
 */
@RuleMeta(id = "text.reason", severity = Severity.WARNING, summary = "增减变化超过10%的说明了原因")
public final class ChangeReasonRule implements Rule {
    static final String ID = "text.reason";
    /** Changes above this percentage (either way) ask for a reason. */
    static final int THRESHOLD = 10;
    /** How many sentences after the change may give its reason. */
    static final int LOOK_AHEAD = 3;

    /**
     * The sections whose template asks for the reasons of changes: 收入, 收支, 财政拨款, 三公, 机关运行经费, and
     * 支出 sections that are a 情况说明 or 总体情况 — not a list of projects ({@code 部门预算支出具体情况}, where
     * each project is described, not explained).
     */
    private static final Pattern SECTION = Pattern.compile("收入|收支|拨款|三公|机关运行|支出[^>]*(?:总体|情况说明)");
    /** A printed percentage change: 增长12.5%, 下降（减少）30%. */
    private static final Pattern PERCENT = Pattern.compile(
            "(?:增加|减少|增长|下降|降低|上升|提高|减幅|增幅)(?:\\s*[(（][^()（）]{0,6}[)）])?\\s*(?:为|了)?\\s*(\\d{1,5}(?:\\.\\d+)?)\\s*%");
    /** A comparison with last year, before the percentage. */
    private static final Pattern AGAINST_LAST_YEAR = Pattern.compile(
            "(?:比|较|与|同|相比|对比)[^。;]{0,30}?(?:上年|去年|上一年|年初|(?:19|20)\\d{2}\\s*年)|同比");
    /** A reason: 主要原因是, 原因为, 主要是, 由于, 因…, 系…, 源于. Not 因素, not 因公 (因公出国). */
    private static final Pattern REASON = Pattern.compile("原因|主要是|由于|因(?!素|公)|系(?:因|由|为)|源于|受.{1,12}影响");
    /** A cause given before the change, in a sentence of its own. */
    private static final Pattern CAUSE_BEFORE = Pattern.compile("由于|因(?!素|公)|受.{1,12}影响");
    /** A numbered heading or item at the start: 一、 (一) 1. (1) 第一部分. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、](?!\\d))");

    @Override
    public Stream<Finding> check(Disclosure d) {
        DocumentType type = d.document().type();
        if (!Applicability.departmental(d) || (type != DocumentType.BUDGET && type != DocumentType.FINAL_ACCOUNTS)) {
            return Stream.empty();
        }
        List<Statement> ss = d.statements();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            Statement s = ss.get(i);
            if (s.section() == null || !SECTION.matcher(s.section()).find()) {
                continue;
            }
            Matcher m = bigChange(s.text());
            if (m == null || REASON.matcher(s.text()).find()) {
                continue;
            }
            if (i > 0 && percents(ss.get(i - 1).text()).isEmpty() && CAUSE_BEFORE.matcher(ss.get(i - 1).text()).find()) {
                continue;
            }
            if (explainedAfter(ss, i)) {
                continue;
            }
            out.add(Marked.finding(ID, Severity.WARNING, "比上年变化" + m.group(1) + "%，超过" + THRESHOLD
                    + "%，本句及其后未说明原因", s, m.start(), m.end()));
        }
        return out.stream();
    }

    /** The first printed percentage change above the threshold in a sentence comparing with last year, or null. */
    static Matcher bigChange(String t) {
        Matcher against = AGAINST_LAST_YEAR.matcher(t);
        if (!against.find()) {
            return null;
        }
        Matcher m = PERCENT.matcher(t);
        while (m.find()) {
            if (m.start() >= against.start() && new BigDecimal(m.group(1)).compareTo(BigDecimal.valueOf(THRESHOLD)) > 0) {
                return m;
            }
        }
        return null;
    }

    private static List<String> percents(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(t);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Whether one of the next sentences gives the reason (or a list introducer hands the reasons to the
     * items): sentences are read while they state no other change and are not numbered.
     */
    private static boolean explainedAfter(List<Statement> ss, int i) {
        List<String> own = percents(ss.get(i).text());
        String section = ss.get(i).section();
        String last = ss.get(i).text().strip();
        if (last.endsWith(":") || last.endsWith("：")) {
            return true; // …增长78.6%，具体如下：
        }
        for (int j = i + 1; j < ss.size() && j <= i + LOOK_AHEAD; j++) {
            Statement n = ss.get(j);
            if (!Objects.equals(section, n.section())) {
                return false;
            }
            String t = n.text().strip();
            if (REASON.matcher(t).find()) {
                return true;
            }
            if (t.endsWith(":") || t.endsWith("：")) {
                return true; // 其中： the total is broken into items
            }
            List<String> theirs = percents(t);
            boolean parallel = !theirs.isEmpty() && theirs.equals(own); // the same change for the other side
            if (!parallel && (!theirs.isEmpty() || NUMBERED.matcher(t).find())) {
                return false;
            }
        }
        return false;
    }
}
