package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeAmountRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeAmountRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Seed.tables()
                .statement("行政运行(项)支出决算为872.88万元。", amount("行政运行", "决算", "872.88"))
                .statement("提租补贴(项)支出决算为18.28万元。", completion("提租补贴", "18.92", "18.28", "96.6", names("住房保障支出", "住房改革支出", "提租补贴")))
                .statement("人员经费1,270.89万元。", amount("人员经费", null, "1,270.89"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        Finding first = fs.get(0);
        assertEquals("narrative.amount", first.rule());
        assertTrue(first.message().contains("872.88万元") && first.message().contains("872.87万元") && first.message().contains("0.01万元"));
        assertEquals(1000, first.evidence().get(0).place().line());
        assertTrue(first.evidence().stream().anyMatch(e -> "t05".equals(e.table()) && "total".equals(e.column())));
        assertTrue(fs.get(2).message().contains("1,207.89万元"), fs.get(2).message());
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                .statement("行政运行872.87万元。", amount("行政运行", "决算", "872.87"))
                .statement("住房公积金106.7万元。", amount("住房公积金", null, "106.7"))                  // other precision, rounds to it
                .statement("行政运行年初预算917.66万元。", amount("行政运行", "年初预算", "917.66"))     // no table column in a 决算
                .statement("一般公共服务(类)支出1,225.06万元。", amount("一般公共服务", "支出", "1,225.06", names("一般公共服务", null, null)))
                .statement("政府采购支出总额7.96万元。", amount("政府采购支出总额", null, "7.96"))       // not in the tables
                .statement("\"三公\"经费预算1.93万元。", amount("\"三公\"经费", "预算", "1.93"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /**
     * 上海市普陀区财政局 2025 部门预算 p7: “…行政单位离退休(项)”87.70万元 against 877,080.00元 in the table (87.708万元):
     * only cutting the tail gives 87.70 — a WARNING. 887.36万元 against 873,617.00元 stays an ERROR.
     */
    @Test
    void a_figure_only_truncation_explains_is_a_warning() {
        Table t = io.github.suanzhang.testdata.Fixture.table("t", TableKind.BUDGET_EXPENDITURE, "code", "name", "total")
                .unit(Unit.YUAN)
                .row("2080501", "行政单位离退休", "", "", "877,080.00")
                .row("2080506", "机关事业单位职业年金缴费支出", "", "", "873,617.00")
                .build();
        Disclosure d = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2025).table(t)
                .statement("5.“社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)”87.70万元。", amount("行政单位离退休", null, "87.70"))
                .statement("7.“…机关事业单位职业年金缴费支出(项)”887.36万元。", amount("机关事业单位职业年金缴费支出", null, "887.36"))
                .statement("行政单位离退休87.71万元。", amount("行政单位离退休", null, "87.71"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertTrue(fs.get(0).message().contains("截尾"), fs.get(0).message());
    }

    /** 上海市工业和信息化局 2026 (上海水产老干部活动室) p6: 人员经费 here is 农林水支出's, not the table's whole 人员经费. */
    @Test
    void a_general_subject_inside_a_sentence_about_one_code_is_that_codes_part() {
        Disclosure d = Seed.tables()
                .statement("2.“社会保障和就业支出”科目1,225万元,主要用于人员经费18万元、公用经费58万元。",
                        amount("社会保障和就业支出", null, "1,225"), amount("人员经费", null, "18"), amount("公用经费", null, "58"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure whole = Seed.tables().statement("人员经费18万元。", amount("人员经费", null, "18")).build();
        assertEquals(1, run(whole).size());
    }

    /** 深圳市审计局 2026 表9 (p34): lines 2025年 / 2026年 / 增减变化金额; the 2026 report's 三公 is the 2026 line. */
    @Test
    void a_three_public_table_by_year_is_read_on_the_report_years_line() {
        Table t = io.github.suanzhang.testdata.Fixture.table("t9", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound")
                .row(null, "2025年", "2025年", "40.31", "0.80")
                .row(null, "2026年", "2026年", "35.10", "28.00")
                .row(null, "增减变化金额", "增减变化金额", "-5.21", "27.20")
                .build();
        Disclosure d = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(t)
                .statement("2026年财政拨款“三公”经费预算35.10万元,较2025年年初预算减少5.21万元。", amount("\"三公\"经费", "预算", "35.10"))
                .statement("1.因公出国(境)费用。2026年预算数28.00万元。", amount("因公出国(境)费用", "预算", "28.00"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure wrong = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(t)
                .statement("1.因公出国(境)费用。2026年预算数29.00万元。", amount("因公出国(境)费用", "预算", "29.00"))
                .build();
        assertEquals(1, run(wrong).size());
    }

    /** 重庆市人民政府办公厅 2026 表八 (p20): columns name years; one without a year (read as 合计) may be 2025's. */
    @Test
    void a_column_that_does_not_name_the_report_year_among_columns_that_do_is_not_used() {
        Table t = io.github.suanzhang.testdata.Fixture.table("t8", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "col1")
                .row(null, "", "", "396.97", "394.49")
                .build();
        Table labelled = new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), t.pages(),
                List.of(new io.github.suanzhang.core.table.ColumnDef("item", "项目"), new io.github.suanzhang.core.table.ColumnDef("total", "合计"),
                        new io.github.suanzhang.core.table.ColumnDef("col1", "2026年预算数/合计")),
                t.rows(), t.notes(), t.emptyNote(), t.place(), t.method());
        Disclosure d = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(labelled)
                .statement("2026年“三公”经费预算394.49万元,较2025年减少2.48万元。", amount("\"三公\"经费", "预算", "394.49"))
                .statement("公务用车运行维护费200.00万元。", amount("公务用车运行维护费", "预算", "200.00"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 重庆市人民政府办公厅 2026 p3: 项目支出 of the 一般公共预算财政拨款 sentence is not 表三's all-funds 项目支出. */
    @Test
    void an_all_funds_subject_in_a_sentence_about_one_fund_is_not_compared() {
        Table t = io.github.suanzhang.testdata.Fixture.table("t3", TableKind.BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                .row(null, "合计", "", "", "19,230.18", "9,018.47", "10,211.71")
                .build();
        Disclosure d = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(t)
                .statement("2026年一般公共预算财政拨款支出18,417.70万元,其中:基本支出9,018.47万元,项目支出9,399.23万元。",
                        amount("项目支出", null, "9,399.23"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure section = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(t)
                .section("三、财政拨款情况说明")
                .statement("项目支出9,399.23万元,主要用于", amount("项目支出", null, "9,399.23"))
                .build();
        assertEquals(List.of(), run(section));
        Disclosure all = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(t)
                .statement("2026年支出预算19,230.18万元,其中:项目支出9,399.23万元。", amount("项目支出", null, "9,399.23"))
                .build();
        assertEquals(1, run(all).size());
    }

    /**
     * A cell printed with fewer decimals than every other amount of its line (18,536.8 among x,xxx.xx: its last
     * digit wrapped onto a line of its own) is a clipped reading: no truncation WARNING against it, an INFO.
     * With the line's other cells at its own precision the WARNING stays.
     */
    @Test
    void 同行各格两位小数而该格一位_是折行未读全不报截尾() {
        Table clipped = io.github.suanzhang.testdata.Fixture.table("t02", TableKind.BUDGET_INCOME, "code", "name", "total", "general_budget", "business", "other")
                .row(null, "合计", "", "合计", "404,415.23", "366,195.79", "18,536.8", "8,059.10").build();
        Disclosure d = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(clipped)
                .statement("事业收入18,536.88万元。", amount("事业收入", null, "18,536.88")).build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.INFO), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertTrue(fs.get(0).match().how().endsWith("clipped-cell"), fs.get(0).match().how());
        Table even = io.github.suanzhang.testdata.Fixture.table("t02", TableKind.BUDGET_INCOME, "code", "name", "total", "general_budget", "business", "other")
                .row(null, "合计", "", "合计", "404,415.2", "366,195.8", "18,536.8", "8,059.1").build();
        Disclosure e = io.github.suanzhang.testdata.Fixture.disclosure().type(DocumentType.BUDGET).year(2026).table(even)
                .statement("事业收入18,536.88万元。", amount("事业收入", null, "18,536.88")).build();
        assertEquals(List.of(Severity.WARNING), run(e).stream().map(Finding::severity).toList());
    }

    /** 一般公共预算基本支出: 表5's 基本支出 and the 一般公共预算基本支出表's 合计 disagree → not judged; agree → compared. */
    @Test
    void 一般公共预算基本支出两表不一致时不判() {
        java.util.function.Function<String, Disclosure> doc = basicTotal -> io.github.suanzhang.testdata.Fixture.disclosure()
                .type(DocumentType.BUDGET).year(2026)
                .table(io.github.suanzhang.testdata.Fixture.table("t05", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                        .row(null, "合计", "", "合计", "100,000.00", "82,479.29", "17,520.71").build())
                .table(io.github.suanzhang.testdata.Fixture.table("t06", TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total", "personnel", "public")
                        .row(null, "合计", "", "合计", basicTotal, "80,000.00", "2,529.89").build())
                .statement("2026年一般公共预算基本支出82,529.89万元。", amount("一般公共预算基本支出", null, "82,529.89")).build();
        assertEquals(List.of(), run(doc.apply("82,529.89")));
        assertEquals(List.of(Severity.ERROR), run(doc.apply("82,479.29")).stream().map(Finding::severity).toList());
    }
}
