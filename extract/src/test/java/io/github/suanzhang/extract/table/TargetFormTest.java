package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.layout.RealFiles;
import io.github.suanzhang.testdata.RealSamples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 绩效目标表 printed as forms (重庆 2026 表十 / 表十一 / 表十二), read on the real pages; expected values read off
 * the pages rendered with {@code pdftoppm -r 100} (商务委 pp. 25–28, 办公厅 pp. 22–24).
 */
class TargetFormTest {
    private static Disclosure shangwuwei;

    @BeforeAll
    static void read() throws Exception {
        shangwuwei = new PdfDisclosureReader().read(RealSamples.path("chongqing_shangwuwei_2026_bumen_yusuan.pdf"));
    }

    private static Table byNumber(Disclosure d, String number) {
        return d.tables().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }

    private static Row row(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    private static Cell cell(Table t, String label, String key) {
        int c = t.columnIndex(key);
        assertTrue(c >= 0, "column " + key + " in " + t.columns());
        return row(t, label).cell(c);
    }

    private static void assertFigure(String expected, Cell c) {
        assertNotNull(c);
        assertTrue(c.hasAmount(), "no figure in '" + c.raw() + "'");
        assertEquals(0, new BigDecimal(expected).compareTo(c.amount().value()), expected + " vs " + c.amount().value());
    }

    @Test
    void overallTargetsPage25() {
        Table t = byNumber(shangwuwei, "表十");
        assertEquals(TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL, t.kind());
        assertEquals(List.of(25), t.pages());
        assertEquals("=", cell(t, "应急状态下冻猪肉供应断档脱销次数", "direction").raw());
        assertFigure("0", cell(t, "应急状态下冻猪肉供应断档脱销次数", "target"));
        assertEquals("次", cell(t, "应急状态下冻猪肉供应断档脱销次数", "measure").raw());
        assertFigure("15", cell(t, "应急状态下冻猪肉供应断档脱销次数", "weight"));
        assertFigure("22.6", cell(t, "离岸服务外包执行额", "target"));
        assertEquals("亿美元", cell(t, "离岸服务外包执行额", "measure").raw());
        assertTrue(cell(t, "当年整体绩效目标", "goal").raw().startsWith("2026年"));
        // ten indicator lines, weights 10+15+10+12+12+12+8+6+10+5 = 100
        int w = t.columnIndex("weight");
        BigDecimal sum = t.rows().stream().map(r -> r.cell(w)).filter(c -> c != null && c.hasAmount())
                .map(c -> c.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("100").compareTo(sum));
        assertEquals(11, t.rows().size());
    }

    @Test
    void projectFormOverTwoPages() {
        Table t = byNumber(shangwuwei, "表十一");
        assertEquals(TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT, t.kind(), "专项资金绩效目标表(一级项目) is a project table");
        assertEquals(List.of(26, 27), t.pages());
        assertFigure("46794.00", cell(t, "当年预算", "budget"));
        assertFigure("40624.00", cell(t, "市级支出", "budget"));
        assertFigure("6170.00", cell(t, "补助区县", "budget"));
        assertFigure("150", cell(t, "帮助企业获取外经贸优惠贷款额度", "target"));
        // p. 27 repeats the indicator header; its three lines follow
        Row last = row(t, "年度预算执行率");
        assertEquals(27, last.place().page());
        assertEquals("=", cell(t, "年度预算执行率", "direction").raw());
        assertFigure("100", cell(t, "年度预算执行率", "target"));
        assertTrue(t.rows().stream().noneMatch(r -> r.label().equals("指标名称")));
        assertEquals(12, t.rows().stream().filter(r -> r.cell(t.columnIndex("target")) != null).count());
    }

    @Test
    void projectListPage28() {
        Table t = byNumber(shangwuwei, "表十二");
        assertEquals(TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT, t.kind());
        assertFigure("8071.45", cell(t, "市商务发展一般性项目", "budget"));
        assertTrue(cell(t, "市商务发展一般性项目", "goal").raw().startsWith("学校保持在校生规模27800人"));
        assertFigure("1066", cell(t, "培训人数", "target"));
        assertEquals("人次", cell(t, "培训人数", "measure").raw());
        assertFigure("5", cell(t, "培训人数", "weight"));
        // a wrapped indicator name is one line
        assertFigure("30", cell(t, "组织国际市场开拓和招商引资推介等活动数量", "target"));
        assertEquals(13, t.rows().size());
    }

    @Test
    void emptyFormKeepsItsNote() throws Exception {
        Path f = RealFiles.corpusFile("004_重庆__2026年重庆市人民政府办公厅部门预算.pdf");
        assumeTrue(f != null, "shared corpus absent");
        Disclosure d = new PdfDisclosureReader().read(f);
        Table t = byNumber(d, "表十一");
        assertEquals(TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT, t.kind());
        assertTrue(t.rows().isEmpty(), t.rows().toString());
        assertNotNull(t.emptyNote());
        Table list = byNumber(d, "表十二");
        assertFigure("8534.17", cell(list, "市政府办公厅业务及日常运行项目", "budget"));
    }

    @Test
    void kindFromTitle() {
        assertEquals(Optional.of(TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT),
                TableClassifier.performanceTargetKind(region(TableKind.GENERIC, "2026年市级重点专项资金绩效目标表(一级项目)")));
        assertEquals(Optional.of(TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL),
                TableClassifier.performanceTargetKind(region(TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL, "2026年部门整体绩效目标表")));
        assertEquals(Optional.empty(), TableClassifier.performanceTargetKind(region(TableKind.GENERIC, "专项或共同事权转移支付绩效目标表")));
        assertEquals(Optional.empty(), TableClassifier.performanceTargetKind(region(TableKind.BUDGET_EXPENDITURE, "2026年部门支出总体情况表")));
    }

    @Test
    void headerRoles() {
        assertEquals(TargetForm.Role.INDICATOR, TargetForm.role("三级指标"));
        assertEquals(TargetForm.Role.WEIGHT, TargetForm.role("指标权重 (%)"));
        assertEquals(TargetForm.Role.BUDGET, TargetForm.role("当年财政拨 款预算金额"));
        assertEquals(TargetForm.Role.GOAL, TargetForm.role("当年绩效目标"));
        assertNull(TargetForm.role("是否核心"));
        assertNull(TargetForm.role("绩效指标"));
    }

    private static TableRegion region(TableKind kind, String title) {
        return new TableRegion(kind, null, title, null, null, Place.onPage(1, null), List.of(), List.of(), null);
    }
}
