package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.Fixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented tables (figures invented): each line's total column against the columns that split it. */
class ColumnArithmeticRuleTest {
    private static List<Finding> run(Fixture.TableBuilder b) {
        return new ColumnArithmeticRule().check(Fixture.disclosure().table(b.build()).build()).toList();
    }

    private static Fixture.TableBuilder expenditure() {
        Fixture.TableBuilder b = Fixture.table("t04", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                .label("total", "合计").label("basic", "基本支出").label("project", "项目支出");
        b.row(null, "合计", "", "合计", "300.00", "200.00", "100.00");
        b.row("201", "一般公共服务支出", "201", "一般公共服务支出", "250.00", "170.00", "80.00");
        b.row("2010301", "行政运行", "2010301", "行政运行", "170.00", "170.00", "");
        b.row("2010350", "事业运行", "2010350", "事业运行", "80.00", "", "80.00");
        return b;
    }

    @Test
    void 合计等于基本支出加项目支出() {
        assertEquals(List.of(), run(expenditure()));
    }

    @Test
    void 项目支出改变的行被报告() {
        Fixture.TableBuilder b = expenditure();
        b.row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "50.00", "30.00", "22.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(0, new BigDecimal("52.00").compareTo(fs.get(0).figures().get("computed").value()));
        assertTrue(fs.get(0).message().contains("社会保障和就业支出"), fs.get(0).message());
        assertTrue(fs.get(0).message().contains("项目支出"), fs.get(0).message());
    }

    @Test
    void 多数行不符时视为列未认准而不判() {
        // the columns' keys say total/basic/project, but every line fails: the header was not read as printed
        Fixture.TableBuilder b = Fixture.table("t04", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project");
        b.row(null, "合计", "", "合计", "300.00", "300.00", "280.00");
        b.row("201", "一般公共服务支出", "201", "一般公共服务支出", "250.00", "250.00", "230.00");
        b.row("2010301", "行政运行", "2010301", "行政运行", "170.00", "170.00", "150.00");
        Audit a = new Reconciler(List.of(new ColumnArithmeticRule())).audit(Fixture.disclosure().table(b.build()).build());
        assertEquals(List.of(), a.findings());
        assertEquals(0, a.cells().covered(), "an identity the rule did not judge covers nothing");
    }

    @Test
    void 未能识别的金额列使全表不判() {
        Fixture.TableBuilder b = Fixture.table("t04", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project", "col6");
        b.row(null, "合计", "", "合计", "300.00", "200.00", "90.00", "10.00");
        b.row("201", "一般公共服务支出", "201", "一般公共服务支出", "300.00", "200.00", "90.00", "10.00");
        assertEquals(List.of(), run(b));
    }

    @Test
    void 只印合计而分项空白的行不判() {
        Fixture.TableBuilder b = expenditure();
        b.row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "50.00", "", "");
        assertEquals(List.of(), run(b));
    }

    @Test
    void 按资金来源的总计_财政拨款小计() {
        Fixture.TableBuilder b = Fixture.table("t05", TableKind.BUDGET_BASIC_EXPENDITURE, "item", "total", "col1", "general_budget",
                "government_fund", "state_capital", "business", "carryover").label("col1", "财政拨款/小计");
        b.row(null, "合计", "合计", "120.00", "100.00", "90.00", "10.00", "0.00", "15.00", "5.00");
        b.row(null, "工资福利支出", "工资福利支出", "80.00", "80.00", "80.00", "0.00", "0.00", "0.00", "0.00");
        b.row(null, "商品和服务支出", "商品和服务支出", "40.00", "20.00", "10.00", "10.00", "0.00", "15.00", "5.00");
        assertEquals(List.of(), run(b), "总计 = 财政拨款小计 + 事业收入 + 上年结转; 小计 = 一般公共预算 + 政府性基金 + 国有资本经营");
        b.row(null, "对个人和家庭的补助", "对个人和家庭的补助", "12.00", "12.00", "12.00", "0.00", "0.00", "0.00", "0.00");
        b.row(null, "其他支出", "其他支出", "7.00", "5.00", "5.00", "0.00", "0.00", "1.00", "0.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(0, new BigDecimal("6.00").compareTo(fs.get(0).figures().get("computed").value()));
    }

    @Test
    void 年末结转等于年初加收入减支出() {
        Fixture.TableBuilder b = Fixture.table("t07", TableKind.FINAL_GOVERNMENT_FUND, "code", "name", "opening_balance", "income",
                "total", "basic", "project", "closing_balance");
        b.row(null, "合计", "", "合计", "10.00", "50.00", "40.00", "", "40.00", "20.00");
        b.row("2120801", "征地和拆迁补偿支出", "2120801", "征地和拆迁补偿支出", "10.00", "30.00", "25.00", "", "25.00", "15.00");
        b.row("2120899", "其他国有土地使用权出让收入安排的支出", "2120899", "其他", "", "20.00", "15.00", "", "15.00", "6.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(0, new BigDecimal("5.00").compareTo(fs.get(0).figures().get("computed").value()));
        assertTrue(fs.get(0).message().contains("减"), fs.get(0).message());
    }

    @Test
    void 基本支出下的人员经费和公用经费列() {
        // 杭州's 支出总表: no 基本支出 column, its two parts under it; 北京's: 基本支出 and its parts
        Fixture.TableBuilder b = Fixture.table("t03", TableKind.BUDGET_EXPENDITURE, "name", "total", "col1", "col2", "project")
                .label("col1", "基本支出/人员支出").label("col2", "基本支出/日常公用支出");
        b.row(null, "合计", "合计", "100.00", "50.00", "20.00", "30.00");
        b.row(null, "一般公共服务支出", "一般公共服务支出", "60.00", "40.00", "", "20.00");
        b.row(null, "教育支出", "教育支出", "40.00", "10.00", "20.00", "10.00");
        assertEquals(List.of(), run(b));
        Fixture.TableBuilder c = Fixture.table("t07", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic",
                "col1", "col2", "project").label("col1", "预算数/基本支出/人员经费").label("col2", "预算数/基本支出/公用经费");
        c.row("2010501", "行政运行", "2010501", "行政运行", "80.00", "80.00", "70.00", "10.00", "");
        c.row("2010505", "专项统计业务", "2010505", "专项统计业务", "50.00", "", "", "", "50.00");
        c.row("2050803", "培训支出", "2050803", "培训支出", "30.00", "10.00", "", "11.00", "20.00");
        List<Finding> fs = run(c);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(0, new BigDecimal("11.00").compareTo(fs.get(0).figures().get("computed").value()), "基本支出 = 人员 + 公用");
    }

    @Test
    void 印有栏次公式的表归表注公式规则() {
        Fixture.TableBuilder b = expenditure().note("1栏=(2+3)栏");
        b.row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "50.00", "30.00", "22.00");
        assertEquals(List.of(), run(b));
    }
}
