package io.github.suanzhang.reconcile.rules.structure;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Wording;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A standard table printed empty must say so: {@code 本部门无政府性基金预算财政拨款收入支出，故本表为空表}. The
 * 公开 rules ask that a table without figures keep its form and carry a note; a reader of an empty grid without
 * one cannot tell "none" from "left out". Judged for the tables that are empty in many disclosures: 政府性基金,
 * 国有资本经营, "三公" and 政府采购 (决算 and 预算).
 *
 * <p>A table counts as printed empty when none of its amount cells holds a figure (a row of column numbers, 栏次
 * {@code 1 2 3}, is the header's); a table of zeros shows its figures and is not judged. It counts as declared when a note under it says so
 * ({@code 无数据}, {@code 空表}, {@code 无发生额}, {@code 无该项}, {@code 没有…}), or a sentence of the narrative says
 * the body had none of that kind ({@code 无政府性基金…}, {@code 没有使用国有资本经营预算…}).
 *
 * <p>WARNING for a whole disclosure; INFO for a part published alone (the tables in one file, the narrative in
 * another: the declaration may stand in the other file). Not judged: pages the reader reported it could not
 * read (an unread grid looks empty), documents other than 部门/单位 disclosures. Absent tables are
 * {@code table.completeness}'s, and a declaration for a table that has figures too.
 */
@RuleMeta(id = "table.empty", severity = Severity.WARNING, summary = "空表注明无数据")
public final class EmptyTableRule implements Rule {
    static final String ID = "table.empty";

    /** The kinds judged, with the word a declaration names. */
    static final Map<TableKind, String> KINDS = Map.of(
            TableKind.FINAL_GOVERNMENT_FUND, "政府性基金",
            TableKind.BUDGET_GOVERNMENT_FUND, "政府性基金",
            TableKind.FINAL_STATE_CAPITAL, "国有资本经营",
            TableKind.BUDGET_STATE_CAPITAL, "国有资本经营",
            TableKind.FINAL_THREE_PUBLIC, "三公",
            TableKind.BUDGET_THREE_PUBLIC, "三公",
            TableKind.BUDGET_GOVERNMENT_PROCUREMENT, "政府采购");

    /** A note that declares its table empty. */
    static final Pattern NOTE = Pattern.compile(
            "无数据|空表|无发生额|无该项|无此项|无相关|无数字|没有|未发生|不涉及|无(?:[^,。;]{0,16})(?:收入|支出|安排|预算|经费)");

    /**
     * What follows the kind's word in a sentence that declares it empty: an amount of zero
     * ({@code 政府性基金拨款支出预算0万元}, {@code …为0}, {@code 为零}), 空表, 无数据 — within 30 characters, before the
     * sentence's next clause.
     */
    private static final Pattern ZERO_AFTER = Pattern.compile(
            "^[^,;。]{0,30}?(?:(?<![\\d.,])0(?:\\.0+)?(?:万元|元|亿元)|为0(?![\\d.])|为零|均为0|空表|无数据)");

    static final Set<ProblemKind> UNREAD = Set.of(ProblemKind.NO_TEXT_LAYER, ProblemKind.UNREADABLE_TEXT,
            ProblemKind.TABLE_NOT_UNDERSTOOD, ProblemKind.DAMAGED_PDF, ProblemKind.TIMEOUT, ProblemKind.READ_BY_OCR,
            ProblemKind.OCR_DOUBT);

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        boolean part = d.document().kind() == DocumentKind.DISCLOSURE_TABLES;
        List<Finding> out = new ArrayList<>();
        for (Table t : d.tables()) {
            String word = KINDS.get(t.kind());
            if (word == null || hasFigures(t) || unread(d, t) || declaredInNotes(t) || declaredInNarrative(d, word)) {
                continue;
            }
            Severity sev = part ? Severity.INFO : Severity.WARNING;
            String msg = "第" + (t.pages().isEmpty() ? "?" : t.pages().get(0)) + "页" + Wording.tableName(t)
                    + "为空表，但表下及情况说明中均未注明无数据（如“本部门无" + word + "……，故本表为空表”）。"
                    + (part ? "（本文件只含报表，说明可能在另一文件中。）" : "");
            out.add(new Finding(ID, sev, msg, Map.of(), List.of(new Evidence(t.place(), t.title(), t.id(), null, null))));
        }
        return out.stream();
    }

    /** Whether an amount cell holds a figure, zero included (rows of column numbers left out). */
    static boolean hasFigures(Table t) {
        List<Integer> cols = Figures.amountColumns(t);
        for (Row r : t.rows()) {
            if (columnNumbers(r, cols)) {
                continue;
            }
            for (int c : cols) {
                Cell cell = r.cell(c);
                if (cell != null && cell.hasAmount()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A row of whole numbers counting up by one from 1 (栏次). */
    static boolean columnNumbers(Row r, List<Integer> cols) {
        List<BigDecimal> vs = new ArrayList<>();
        for (int c : cols) {
            Cell cell = r.cell(c);
            if (cell != null && cell.hasAmount()) {
                vs.add(cell.amount().value());
            }
        }
        if (vs.isEmpty() || vs.get(0).compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        for (int i = 1; i < vs.size(); i++) {
            if (vs.get(i).subtract(vs.get(i - 1)).compareTo(BigDecimal.ONE) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean unread(Disclosure d, Table t) {
        for (Problem p : d.problems()) {
            if (UNREAD.contains(p.kind()) && (p.place().page() == 0 || t.pages().contains(p.place().page()))) {
                return true;
            }
        }
        return false;
    }

    static boolean declaredInNotes(Table t) {
        List<String> notes = new ArrayList<>(t.notes());
        if (t.emptyNote() != null) {
            notes.add(t.emptyNote());
        }
        return notes.stream().map(Wording::norm).anyMatch(n -> NOTE.matcher(n).find());
    }

    /**
     * A sentence saying the body had none of this kind: 无 (or 没有/未安排/未发生) within 12 characters before the word,
     * or an amount of zero after it in the same clause ({@code 政府性基金拨款支出预算0万元，与上年持平}).
     */
    static boolean declaredInNarrative(Disclosure d, String word) {
        for (Statement s : d.statements()) {
            String t = Wording.norm(s.text());
            for (int w = t.indexOf(word); w >= 0; w = t.indexOf(word, w + 1)) {
                int from = Math.max(0, w - 12);
                String before = t.substring(from, w);
                if (before.contains("无") || before.contains("没有") || before.contains("未安排") || before.contains("未发生")
                        || ZERO_AFTER.matcher(t.substring(w)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
