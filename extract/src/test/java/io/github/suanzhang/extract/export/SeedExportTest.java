package io.github.suanzhang.extract.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed export read end to end. Every expected value below was typed from reading
 * {@code /work/shared/seed/000_14ea87654821cfd7.txt} (the copy under testdata/…/seed), and each table is
 * cross-checked by its own sums, so a wrong expectation and a wrong reading cannot agree by accident.
 */
class SeedExportTest {

    static final String SEED = "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";
    static Disclosure d;

    static byte[] seedBytes() throws IOException {
        try (InputStream in = SeedExportTest.class.getClassLoader().getResourceAsStream(SEED)) {
            return Objects.requireNonNull(in, SEED).readAllBytes();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        d = new TextExportReader().read(seedBytes(), "000_14ea87654821cfd7.txt");
    }

    // ------------------------------------------------------------------ helpers

    static Table table(String number) {
        return d.tables().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }

    static BigDecimal v(Table t, Row r, String key) {
        Cell c = r.cell(t.columnIndex(key));
        return c == null || c.amount() == null ? null : c.amount().value();
    }

    static Row row(Table t, String code) {
        return t.rows().stream().filter(r -> r.code() != null && r.code().digits().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(t.number() + " has no row " + code));
    }

    static Row labelled(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(t.number() + " has no row " + label));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Asserts the rows' codes, labels and the values of {@code keys} in order; "" or null for none. */
    static void assertRows(Table t, String[] keys, String[][] expected) {
        assertEquals(expected.length, t.rows().size(), t.number() + " rows");
        for (int i = 0; i < expected.length; i++) {
            Row r = t.rows().get(i);
            String[] e = expected[i];
            assertEquals(e[0], r.code() == null ? null : r.code().digits(), t.number() + " row " + i + " code");
            assertEquals(e[1], r.label(), t.number() + " row " + i + " label");
            for (int k = 0; k < keys.length; k++) {
                String want = e[2 + k];
                assertEquals(want == null || want.isEmpty() ? null : dec(want), v(t, r, keys[k]),
                        t.number() + " " + e[1] + " " + keys[k]);
            }
        }
    }

    /**
     * For every column: 合计 = Σ类, 类 = Σ款, 款 = Σ项. A sum is skipped when the parent or a child cell is
     * blank (not printed); returns the number skipped for a blank child.
     */
    static int assertHierarchy(Table t, String... keys) {
        return assertHierarchy(t, false, keys);
    }

    /** As above; with {@code blankIsZero} a blank child counts as 0 (columns where blank means nothing spent). */
    static int assertHierarchy(Table t, boolean blankIsZero, String... keys) {
        List<Row> coded = t.rows().stream().filter(r -> r.code() != null).toList();
        int skipped = 0;
        for (String key : keys) {
            Row total = t.rows().stream().filter(r -> r.code() == null).findFirst().orElseThrow();
            assertSum(t, key, total, coded.stream().filter(r -> r.code().digits().length() == 3).toList());
            for (Row parent : coded) {
                List<Row> children = coded.stream().filter(c -> parent.code().isParentOf(c.code())).toList();
                if (!children.isEmpty() && v(t, parent, key) != null) {
                    if (!blankIsZero && children.stream().anyMatch(c -> v(t, c, key) == null)) {
                        skipped++;
                        continue;
                    }
                    assertSum(t, key, parent, children);
                }
            }
        }
        return skipped;
    }

    static void assertSum(Table t, String key, Row parent, List<Row> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Row p : parts) {
            BigDecimal x = v(t, p, key);
            sum = sum.add(x == null ? BigDecimal.ZERO : x);
        }
        BigDecimal want = v(t, parent, key);
        assertEquals(0, (want == null ? BigDecimal.ZERO : want).compareTo(sum),
                t.number() + " " + parent.label() + " " + key + " = Σ " + parts.stream().map(Row::label).toList());
    }

    // ------------------------------------------------------------------ document

    @Test
    void document() {
        assertEquals("000_14ea87654821cfd7.txt", d.source().file());
        assertEquals("text", d.source().format());
        assertEquals(64, d.source().sha256().length());
        assertEquals("武汉市人力资源和社会保障局汉阳社会保险管理处", d.document().entity());
        assertEquals(2023, d.document().year());
        assertEquals(DocumentType.FINAL_ACCOUNTS, d.document().type());
        assertEquals(Scope.UNIT, d.document().scope());
        assertEquals(Unit.TEN_THOUSAND_YUAN, d.document().unit());
        assertEquals("2023年度武汉市人力资源和社会保障局汉阳社会保险管理处单位决算公开", d.document().title());
    }

    @Test
    void outlineHoldsTheBodysNumberedHeadings() {
        List<io.github.suanzhang.core.doc.OutlineEntry> headings = d.outline(io.github.suanzhang.core.doc.OutlineEntry.Kind.HEADING);
        // 第五部分 名词解释 stands under the body's fourth part, on its own line (548)
        assertTrue(headings.stream().anyMatch(h -> h.level() == 1 && h.number().equals("第五部分") && h.title().equals("名词解释")
                && h.place().line() == 548), headings.toString());
        assertTrue(headings.stream().allMatch(h -> h.place().line() > 0 && h.level() >= 1 && h.level() <= 3));
    }

    @Test
    void nineStandardTablesInOrderThenAttachments() {
        List<TableKind> kinds = List.of(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, TableKind.FINAL_INCOME,
                TableKind.FINAL_EXPENDITURE, TableKind.FINAL_FISCAL_SUMMARY, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.FINAL_GOVERNMENT_FUND,
                TableKind.FINAL_STATE_CAPITAL, TableKind.FINAL_THREE_PUBLIC);
        List<Integer> titleLines = List.of(58, 108, 140, 152, 209, 242, 281, 300, 319);
        for (int i = 0; i < 9; i++) {
            Table t = d.tables().get(i);
            assertEquals(kinds.get(i), t.kind(), "table " + i);
            assertEquals(String.format("公开%02d表", i + 1), t.number());
            assertEquals(String.format("t%02d", i + 1), t.id());
            assertEquals(Unit.TEN_THOUSAND_YUAN, t.unit(), t.number());
            assertEquals(titleLines.get(i), t.place().line(), t.number());
            assertEquals("text", t.method());
            assertEquals(t.kind().columns(), t.columns(), t.number() + " canonical columns");
        }
        assertEquals("2023年度收入支出决算总表", d.tables().get(0).title());
        assertEquals("2023年度财政拨款\"三公\"经费支出决算表", d.tables().get(8).title());
        // Part 4's 重要事项 block, then the two self-evaluation tables
        assertEquals(12, d.tables().size());
        assertEquals(TableKind.GENERIC, d.tables().get(9).kind());
        assertEquals(497, d.tables().get(9).place().line());
        assertEquals(TableKind.PERFORMANCE_SELF_EVALUATION, d.tables().get(10).kind());
        assertEquals(TableKind.PERFORMANCE_SELF_EVALUATION, d.tables().get(11).kind());
        assertEquals("社会保险业务工作经费项目自评表", d.tables().get(11).title());
    }

    @Test
    void emptyTables() {
        Table t07 = table("公开07表");
        assertTrue(t07.withoutFigures());
        assertTrue(t07.rows().isEmpty());
        assertEquals("武汉市人力资源和社会保障局汉阳社会保险管理处当年无政府性基金预算财政拨款收入支出。", t07.emptyNote());
        assertEquals(List.of("注:本表反映单位本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
                "6栏各行=(1+2-3)栏各行", "3栏各行=(4+5)栏各行"), t07.notes());
        Table t08 = table("公开08表");
        assertTrue(t08.rows().isEmpty());
        assertEquals("武汉市人力资源和社会保障局汉阳社会保险管理处当年无国有资本经营预算财政拨款支出。", t08.emptyNote());
        assertEquals(List.of("注:本表反映单位本年度国有资本经营预算财政拨款支出情况。", "1栏各行=(2+3)栏各行"), t08.notes());
        for (Table t : d.tables().subList(0, 9)) {
            if (t != t07 && t != t08) {
                assertNull(t.emptyNote(), t.number());
                assertFalse(t.rows().isEmpty(), t.number());
            }
        }
    }

    // ------------------------------------------------------------------ coded tables

    static final String[][] T02 = {
            {null, "合计", "1553.51", "1553.51"},
            {"208", "社会保障和就业支出", "1225.06", "1225.06"},
            {"20801", "人力资源和社会保障管理事务", "1113.14", "1113.14"},
            {"2080101", "行政运行", "872.87", "872.87"},
            {"2080109", "社会保险经办机构", "240.27", "240.27"},
            {"20805", "行政事业单位养老支出", "111.92", "111.92"},
            {"2080501", "行政单位离退休", "5.95", "5.95"},
            {"2080505", "机关事业单位基本养老保险缴费支出", "105.97", "105.97"},
            {"210", "卫生健康支出", "167.24", "167.24"},
            {"21011", "行政事业单位医疗", "167.24", "167.24"},
            {"2101101", "行政单位医疗", "72.67", "72.67"},
            {"2101103", "公务员医疗补助", "94.57", "94.57"},
            {"221", "住房保障支出", "161.21", "161.21"},
            // printed `22102	02 住房改革支出		161. 21`: the line lost a figure (the PDF prints 161.21 twice);
            // which column the one left stands in cannot be known, so none is read (unreadable cells)
            {"22102", "住房改革支出", "", ""},
            {"2210201", "住房公积金", "106.73", "106.73"},
            {"2210202", "提租补贴", "18.29", "18.29"},
            {"2210203", "购房补贴", "36.19", "36.19"}};

    @Test
    void table02() {
        Table t = table("公开02表");
        assertRows(t, new String[] {"total", "fiscal_allocation"}, T02);
        for (Row r : t.rows()) {
            for (String other : List.of("superior_subsidy", "business", "operating", "subsidiary_remittance", "other")) {
                Cell c = r.cell(t.columnIndex(other));
                if (r.code() != null && r.code().digits().equals("22102")) {
                    assertTrue(c.unreadable(), "every value cell of the damaged line is unreadable");
                } else {
                    assertNull(c, r.label() + " " + other);
                }
            }
            assertEquals(Scheme.FUNCTIONAL, r.code() == null ? Scheme.FUNCTIONAL : r.code().scheme());
        }
        assertEquals(2, assertHierarchy(t, "total", "fiscal_allocation"), "only 221, above the unreadable 22102");
        Row damaged = row(t, "22102");
        assertEquals("161. 21", damaged.cell(t.columnIndex("fiscal_allocation")).raw());
        assertTrue(damaged.cell(t.columnIndex("total")).unreadable());
        assertTrue(damaged.cell(t.columnIndex("fiscal_allocation")).unreadable());
        assertTrue(d.problems().stream().anyMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE
                && p.place().line() == 131), d.problems().toString());
        assertSum(t, "total", row(t, "221"), List.of(row(t, "2210201"), row(t, "2210202"), row(t, "2210203")));
        Row r = row(t, "2080101");
        assertEquals(121, r.place().line());
        assertEquals("2080101", r.cell(t.columnIndex("code")).raw());
        assertEquals("行政运行", r.cell(t.columnIndex("name")).raw());
        assertEquals("872. 87", r.cell(t.columnIndex("total")).raw());
        assertEquals(2, r.cell(t.columnIndex("total")).amount().decimals());
        assertEquals(121, r.cell(t.columnIndex("total")).place().line());
        assertEquals(List.of("注:本表反映部门本年度取得的各项收入情况。", "1栏各行=(2+3+4+5+6+7)栏各行"), t.notes());
    }

    static final String[][] T03 = {
            {null, "合计", "1553.51", "1313.24", "240.27"},
            {"208", "社会保障和就业支出", "1225.06", "984.79", "240.27"},
            {"20801", "人力资源和社会保障管理事务", "1113.14", "872.87", "240.27"},
            {"2080101", "行政运行", "872.87", "872.87", ""},
            {"2080109", "社会保险经办机构", "240.27", "", "240.27"},
            {"20805", "行政事业单位养老支出", "111.92", "111.92", ""},
            {"2080501", "行政单位离退休", "5.95", "5.95", ""},
            {"2080505", "机关事业单位基本养老保险缴费支出", "105.97", "105.97", ""},
            {"210", "卫生健康支出", "167.24", "167.24", ""},
            {"21011", "行政事业单位医疗", "167.24", "167.24", ""},
            {"2101101", "行政单位医疗", "72.67", "72.67", ""},
            {"2101103", "公务员医疗补助", "94.57", "94.57", ""},
            {"221", "住房保障支出", "161.21", "161.21", ""},
            {"22102", "住房改革支出", "161.21", "161.21", ""},
            {"2210201", "住房公积金", "106.73", "106.73", ""},
            {"2210202", "提租补贴", "18.29", "18.29", ""},
            {"2210203", "购房补贴", "36.19", "36.19", ""}};

    @Test
    void table03FlattenedIntoOneLine() {
        Table t = table("公开03表");
        assertRows(t, new String[] {"total", "basic", "project"}, T03);
        assertEquals(0, assertHierarchy(t, true, "total", "basic", "project"));
        for (Row r : t.rows()) {
            assertEquals(146, r.place().line());
            assertEquals(0, v(t, r, "total").compareTo(
                    Objects.requireNonNullElse(v(t, r, "basic"), BigDecimal.ZERO)
                            .add(Objects.requireNonNullElse(v(t, r, "project"), BigDecimal.ZERO))), r.label());
        }
        Cell total = labelled(t, "合计").cell(t.columnIndex("total"));
        assertEquals("1, 553, 51", total.raw());
        assertTrue(total.repaired(), "1, 553, 51 is read only with the column's precision");
        assertTrue(d.problems().stream().anyMatch(p -> p.kind() == ProblemKind.OTHER && p.place().line() == 146),
                "the rebuilt table is flagged");
        assertEquals(List.of("注:本表反映部门本年度各项支出情况。", "1栏各行=(2+3+4+5+6)栏各行"), t.notes());
    }

    @Test
    void table05WithBrokenCodes() {
        Table t = table("公开05表");
        String[][] expected = new String[T03.length][];
        for (int i = 0; i < T03.length; i++) {
            expected[i] = T03[i];
        }
        assertRows(t, new String[] {"total", "basic", "project"}, expected);
        assertEquals(0, assertHierarchy(t, true, "total", "basic", "project"));
        Map<String, String> printed = new LinkedHashMap<>();
        printed.put("20801", "208 01");
        printed.put("2080101", "208 010 1");
        printed.put("2080501", "2080501 1");
        printed.put("2080505", "208 050 5");
        printed.put("2101101", "210 110 1");
        printed.put("2101103", "210 1103 3");
        printed.put("22102", "22102");
        printed.put("2210202", "221 0202 2");
        printed.put("2210203", "221 0203 3");
        printed.forEach((code, raw) -> assertEquals(raw, row(t, code).cell(t.columnIndex("code")).raw(), code));
        assertEquals("住房改革支出", row(t, "22102").cell(t.columnIndex("name")).raw());
        assertEquals(233, row(t, "22102").place().line());
        assertFalse(labelled(t, "合计").cell(t.columnIndex("total")).repaired());
        assertEquals(List.of("注:本表反映部门本年度一般公共预算财政拨款支出情况。", "1栏各行=(2+3)栏各行"), t.notes());
    }

    static final String[][] T06 = {
            {"301", "工资福利支出", "1188.43"}, {"30101", "基本工资", "165.66"}, {"30102", "津贴补贴", "209.24"},
            {"30103", "奖金", "436.31"}, {"30106", "伙食补助费", ""}, {"30107", "绩效工资", ""},
            {"30108", "机关事业单位基本养老保险缴费", "105.97"}, {"30109", "职业年金缴费", "13.35"},
            {"30110", "职工基本医疗保险缴费", "72.67"}, {"30111", "公务员医疗补助缴费", "75.17"},
            {"30112", "其他社会保障缴费", "3.33"}, {"30113", "住房公积金", "106.73"}, {"30114", "医疗费", ""},
            {"30199", "其他工资福利支出", ""}, {"303", "对个人和家庭的补助", "19.46"}, {"30301", "离休费", ""},
            {"30302", "退休费", ""}, {"30303", "退职(役)费", ""}, {"30304", "抚恤金", ""}, {"30305", "生活补助", ""},
            {"30306", "救济费", ""}, {"30307", "医疗费补助", "19.39"}, {"30308", "助学金", ""}, {"30309", "奖励金", ""},
            {"30310", "个人农业生产补贴", ""}, {"30311", "代缴社会保险费", ""}, {"30399", "其他对个人和家庭的补助", "0.07"},
            {"302", "商品和服务支出", "105.35"}, {"30201", "办公费", "22.09"}, {"30202", "印刷费", "1.08"},
            {"30203", "咨询费", ""}, {"30204", "手续费", ""}, {"30205", "水费", ""}, {"30206", "电费", ""},
            {"30207", "邮电费", "0.53"}, {"30208", "取暖费", ""}, {"30209", "物业管理费", ""}, {"30211", "差旅费", "0.32"},
            {"30212", "因公出国(境)费用", ""}, {"30213", "维修(护)费", "1.00"}, {"30214", "租赁费", ""},
            {"30215", "会议费", ""}, {"30216", "培训费", ""}, {"30217", "公务接待费", ""}, {"30218", "专用材料费", ""},
            {"30224", "被装购置费", ""}, {"30225", "专用燃料费", ""}, {"30226", "劳务费", ""}, {"30227", "委托业务费", ""},
            {"30228", "工会经费", "9.64"}, {"30229", "福利费", "25.18"}, {"30231", "公务用车运行维护费", "1.93"},
            {"30239", "其他交通费用", "31.70"}, {"30240", "税金及附加费用", ""}, {"30299", "其他商品和服务支出", "11.88"},
            {"310", "资本性支出", ""}, {"31002", "办公设备购置", ""}, {"31003", "专用设备购置", ""},
            {"31007", "信息网络及软件购置更新", ""}, {"31013", "公务用车购置", ""}, {"31021", "文物和陈列品购置", ""},
            {"31022", "无形资产购置", ""}, {"31099", "其他资本性支出", ""},
            {null, "人员经费合计", "1207.89"}, {null, "公用经费合计", ""}};

    @Test
    void table06ThreePanelsInOneTable() {
        Table t = table("公开06表");
        assertRows(t, new String[] {"total"}, T06);
        for (Row r : t.rows()) {
            if (r.code() != null) {
                assertEquals(Scheme.ECONOMIC, r.code().scheme());
            }
        }
        // 类 = Σ款 in each panel; 人员经费合计 = 301 + 303
        for (String cls : List.of("301", "302", "303")) {
            Row parent = row(t, cls);
            assertSum(t, "total", parent, t.rows().stream()
                    .filter(r -> r.code() != null && parent.code().isParentOf(r.code())).toList());
        }
        assertSum(t, "total", labelled(t, "人员经费合计"), List.of(row(t, "301"), row(t, "303")));
        assertEquals(250, row(t, "31002").place().line());
        assertEquals(276, row(t, "30299").place().line());
        // 公用经费合计 is cut off at the end of line 277: kept as printed, no figure, and a problem
        Cell cut = labelled(t, "公用经费合计").cell(t.columnIndex("total"));
        assertEquals("105. 3", cut.raw());
        assertNull(cut.amount());
        assertTrue(cut.unreadable());
        Problem p = d.problems().stream().filter(x -> x.kind() == ProblemKind.UNREADABLE_FIGURE
                && x.place().line() == 277).findFirst().orElseThrow();
        assertEquals(277, p.place().line());
        assertTrue(p.message().contains("105. 3"), p.message());
        assertEquals(List.of("注:本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"), t.notes());
    }

    // ------------------------------------------------------------------ two-sided tables

    static Map<String, Row> byLine(Table t) {
        Map<String, Row> m = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            assertNull(m.put(r.lineNo(), r), "行次 " + r.lineNo() + " once");
        }
        return m;
    }

    static BigDecimal sumLines(Table t, Map<String, Row> rows, int from, int to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = from; i <= to; i++) {
            BigDecimal x = v(t, rows.get(String.valueOf(i)), "total");
            s = s.add(x == null ? BigDecimal.ZERO : x);
        }
        return s;
    }

    @Test
    void table01TwoSided() {
        Table t = table("公开01表");
        Map<String, Row> rows = byLine(t);
        assertEquals(62, rows.size());
        for (int i = 1; i <= 62; i++) {
            Row r = rows.get(String.valueOf(i));
            assertNotNull(r, "行次 " + i);
            assertEquals(i <= 31 ? TableKind.Side.INCOME : TableKind.Side.EXPENDITURE, r.side(), "行次 " + i);
            assertEquals(String.valueOf(i), r.cell(t.columnIndex("line")).raw());
        }
        assertEquals(t.rows().subList(0, 31), t.rows().stream().filter(r -> r.side() == TableKind.Side.INCOME).toList());
        Row first = rows.get("1");
        assertEquals("一、一般公共预算财政拨款收入", first.label());
        assertEquals(68, first.place().line());
        assertEquals(dec("1553.51"), v(t, first, "total"));
        assertEquals("1, 553. 51", first.cell(t.columnIndex("total")).raw());
        // the 支出 label of line 32 is missing in the export: kept with its 行次, empty label, no figure
        Row r32 = rows.get("32");
        assertEquals("", r32.label());
        assertEquals(68, r32.place().line());
        assertNull(r32.cell(t.columnIndex("item")));
        assertNull(v(t, r32, "total"));
        assertEquals("", rows.get("58").label());
        assertEquals(dec("1553.51"), v(t, rows.get("58"), "total"));
        assertEquals("八、社会保障和就业支出", rows.get("39").label());
        assertEquals(dec("1225.06"), v(t, rows.get("39"), "total"));
        assertEquals(dec("167.24"), v(t, rows.get("40"), "total"));
        assertEquals(dec("161.21"), v(t, rows.get("50"), "total"));
        assertEquals("", rows.get("9").label());
        assertEquals("总计", rows.get("31").label());
        assertEquals("总计", rows.get("62").label());
        // the printed formulas hold: 27=Σ1..8, 31=27+28+29, 58=Σ32..57, 62=58+59+60
        assertEquals(0, v(t, rows.get("27"), "total").compareTo(sumLines(t, rows, 1, 8)));
        assertEquals(0, v(t, rows.get("31"), "total").compareTo(sumLines(t, rows, 27, 29)));
        assertEquals(0, v(t, rows.get("58"), "total").compareTo(sumLines(t, rows, 32, 57)));
        assertEquals(0, v(t, rows.get("62"), "total").compareTo(sumLines(t, rows, 58, 60)));
        assertEquals(8, t.rows().stream().filter(r -> r.cell(t.columnIndex("total")) != null).count());
        assertEquals(List.of("注:1.本表反映部门本年度的总收支和年末结转结余情况。", "27行=(1+2+3+4+5+6+7+8)行",
                "31行=(27+28+29)行", "58行=(32+33+...+57)行", "62行=(58+59+60)行", "2.本套报表金额单位转换时可能存在尾数误差。"),
                t.notes());
    }

    @Test
    void table04TwoSidedWithRepeatedTotals() {
        Table t = table("公开04表");
        Map<String, Row> rows = byLine(t);
        assertEquals(64, rows.size(), "the 总计 block after the table (lines 195–201) is a repetition, not rows");
        for (int i = 1; i <= 64; i++) {
            assertEquals(i <= 32 ? TableKind.Side.INCOME : TableKind.Side.EXPENDITURE, rows.get(String.valueOf(i)).side(), "行次 " + i);
        }
        assertEquals(dec("1553.51"), v(t, rows.get("1"), "total"));
        assertEquals(dec("1553.51"), v(t, rows.get("27"), "total"));
        assertEquals(dec("1553.51"), v(t, rows.get("32"), "total"));
        assertEquals(193, rows.get("64").place().line());
        for (String[] e : new String[][] {{"40", "八、社会保障和就业支出", "1225.06"}, {"41", "九、卫生健康支出", "167.24"},
                {"51", "十九、住房保障支出", "161.21"}, {"59", "本年支出合计", "1553.51"}, {"64", "总计", "1553.51"}}) {
            Row r = rows.get(e[0]);
            assertEquals(e[1], r.label());
            assertEquals(dec(e[2]), v(t, r, "total"), e[1]);
            assertEquals(dec(e[2]), v(t, r, "general_budget"), e[1]);
            assertNull(r.cell(t.columnIndex("government_fund")));
            assertNull(r.cell(t.columnIndex("state_capital")));
        }
        assertEquals(0, v(t, rows.get("27"), "total").compareTo(sumLines(t, rows, 1, 3)));
        assertEquals(0, v(t, rows.get("32"), "total").compareTo(sumLines(t, rows, 27, 28)));
        assertEquals(0, v(t, rows.get("59"), "total").compareTo(sumLines(t, rows, 33, 58)));
        assertEquals(0, v(t, rows.get("64"), "total").compareTo(sumLines(t, rows, 59, 60)));
        assertEquals("", rows.get("61").label());
        assertTrue(d.problems().stream().noneMatch(p -> p.message().contains("repeat")), "the repetition is recognised");
        assertEquals(List.of("注:本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
                "27行=(1+2+3)行", "28行=(29+30+31)行", "32行=(27+28)行", "59行=(33+34+...+58)行", "64行=(59+60)行"), t.notes());
    }

    @Test
    void table09TwelveCells() {
        Table t = table("公开09表");
        assertEquals(1, t.rows().size());
        Row r = t.rows().get(0);
        assertEquals(331, r.place().line());
        String[] keys = {"budget_total", "budget_outbound", "budget_vehicle", "budget_vehicle_purchase",
                "budget_vehicle_operation", "budget_reception", "actual_total", "actual_outbound", "actual_vehicle",
                "actual_vehicle_purchase", "actual_vehicle_operation", "actual_reception"};
        String[] values = {"1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", "", "1.93", ""};
        for (int i = 0; i < 12; i++) {
            assertEquals(values[i].isEmpty() ? null : dec(values[i]), v(t, r, keys[i]), keys[i]);
        }
        // 1栏=(2+3+6)栏; 3栏=(4+5)栏; 7栏=(8+9+12)栏; 9栏=(10+11)栏
        assertEquals(List.of("1栏=(2+3+6)栏", "3栏=(4+5)栏", "7栏=(8+9+12)栏", "9栏=(10+11)栏"),
                t.notes().subList(1, 5));
        assertTrue(t.notes().get(0).startsWith("注:本表反映部门本年度财政拨款\"三公\"经费支出预决算情况。"));
    }

    // ------------------------------------------------------------------ self-evaluation

    /** label, level1, level2, weight, target (raw), target value, actual (raw), actual value, score. */
    static void assertIndicator(Table t, Row r, String label, String level1, String level2, String weight,
                                String targetRaw, String target, String actualRaw, String actual, String score) {
        assertEquals(label, r.label());
        Cell l1 = r.cell(t.columnIndex("level1"));
        Cell l2 = r.cell(t.columnIndex("level2"));
        assertEquals(level1, l1 == null ? null : l1.raw(), label);
        assertEquals(level2, l2 == null ? null : l2.raw(), label);
        assertEquals(dec(weight), v(t, r, "weight"), label + " weight");
        Cell tc = r.cell(t.columnIndex("target"));
        Cell ac = r.cell(t.columnIndex("actual"));
        assertEquals(targetRaw, tc.raw(), label);
        assertEquals(dec(target), tc.amount() == null ? null : tc.amount().value(), label);
        assertEquals(actualRaw, ac.raw(), label);
        assertEquals(dec(actual), ac.amount() == null ? null : ac.amount().value(), label);
        assertEquals(dec(score), v(t, r, "score"), label + " score");
    }

    @Test
    void unitSelfEvaluation() {
        Table t = d.tables().get(10);
        List<Row> rows = t.rows();
        assertEquals(15, rows.size());
        Row budget = rows.get(0);
        assertEquals("预算执行情况", budget.label());
        assertEquals(581, budget.place().line());
        assertEquals(dec("1553.51"), v(t, budget, "target"));
        assertEquals(Unit.TEN_THOUSAND_YUAN, budget.cell(t.columnIndex("target")).amount().unit());
        assertEquals(dec("1553.51"), v(t, budget, "actual"));
        assertEquals(dec("20"), v(t, budget, "weight"));
        assertEquals(dec("20"), v(t, budget, "score"));
        Row rate = rows.get(1);
        assertEquals("执行率(B/A)", rate.label());
        assertEquals(dec("100"), v(t, rate, "actual"));
        assertEquals(Unit.PERCENT, rate.cell(t.columnIndex("actual")).amount().unit());
        String q = "数量指标";
        assertIndicator(t, rows.get(2), "月业务经办量(4分)", "产出指标", q, "4", "10,000", "10000", "22,186", "22186", "4");
        assertIndicator(t, rows.get(3), "宣传资料发放量(4分", "产出指标", q, "4", "600份", "600", "全年超 过6,000 份", "6000", "4");
        assertIndicator(t, rows.get(4), "对参保对象稽核量", "产出指标", q, null, "300人次", "300", "938人次", "938", "4");
        assertIndicator(t, rows.get(5), "养老失业〕面(4", "产出指标", q, "4", "19,200 人次", "19200", "19,012 人次", "19012", "3.96");
        assertIndicator(t, rows.get(6), "咨询电话接)通率(4分", "产出指标", q, "4", "100%", "100", "85%", "85", "3.4");
        assertIndicator(t, rows.get(7), "社会保险』", "产出指标", q, null, "500人次", "500", "1,262人 次", "1262", "4");
        assertIndicator(t, rows.get(8), "编外人员工资足额发放率(5分)", "产出指标", "质量指标", "5", "100%", "100", "100%", "100", "5");
        assertIndicator(t, rows.get(9), "信访件按时办结率(5", "产出指标", "质量指标", "5", "100%", "100", "100%", "100", "5");
        assertIndicator(t, rows.get(10), "合同人员合法权益保障率(6分)", "产出指标", "时效指标", "6", "100%", "100", "100%", "100", "6");
        assertIndicator(t, rows.get(11), "社会保险综合覆盖率(15分)", "效益指标", "社会效益指标", "15", "98.5%以上", "98.5", "99%", "99", "15");
        assertIndicator(t, rows.get(12), "因社会保障问题发生重大群体性事件(15分)", "效益指标", "社会效益指标", "15", "0", "0", "0", "0", "15");
        assertIndicator(t, rows.get(13), "来信来访件处理满意率(10分)", "满意度指标", "满意度指标", "10", "95%", "95", "100%", "100", "10");
        Row total = rows.get(14);
        assertEquals("总分", total.label());
        assertEquals(597, total.place().line());
        assertEquals(dec("99.36"), v(t, total, "score"));
        // 总分 = Σ scores (20 + 4 + 4 + 4 + 3.96 + 3.4 + 4 + 5 + 5 + 6 + 15 + 15 + 10)
        assertEquals(0, sumScores(t).compareTo(dec("99.36")));
    }

    static BigDecimal sumScores(Table t) {
        BigDecimal s = BigDecimal.ZERO;
        for (Row r : t.rows()) {
            if (!r.label().equals("总分") && v(t, r, "score") != null) {
                s = s.add(v(t, r, "score"));
            }
        }
        return s;
    }

    @Test
    void projectSelfEvaluation() {
        Table t = d.tables().get(11);
        List<Row> rows = t.rows();
        assertEquals(15, rows.size());
        assertEquals(dec("240.27"), v(t, rows.get(0), "target"));
        assertEquals(dec("240.27"), v(t, rows.get(0), "actual"));
        assertEquals(dec("20"), v(t, rows.get(0), "score"));
        assertEquals(dec("100"), v(t, rows.get(1), "actual"));
        String q = "数量指标";
        assertIndicator(t, rows.get(2), "月业务经办、量(5分)", "产出指标", q, "5", "10,000", "10000", "22,186", "22186", "5");
        assertIndicator(t, rows.get(3), "宣传资料发放量(5分)", "产出指标", q, "5", "600份", "600", "全年超过 6,000份", "6000", "5");
        // printed in the same cell as the one above; its figures and the run-in score (938人次 5) on line 624
        assertIndicator(t, rows.get(4), "对参保对象组织开展稽核量(5分)", "产出指标", q, "5", "300人次", "300", "938人次", "938", "5");
        assertEquals(624, rows.get(4).place().line());
        assertIndicator(t, rows.get(5), "伤保险扩面分)", "产出指标", q, null, "19,200人次", "19200", "19,012人次", "19012", "4.95");
        assertIndicator(t, rows.get(6), "咨询电话接通率(5分)", "产出指标", q, "5", "100%", "100", "85%", "85", "4.25");
        assertIndicator(t, rows.get(7), "社会保险业务培训量(5)", "产出指标", q, "5", "500人次", "500", "1,262人次", "1262", "5");
        assertIndicator(t, rows.get(8), "编外人员工资足额发放率(5分)", "产出指标", "质量指标", "5", "100%", "100", "100%", "100", "5");
        assertIndicator(t, rows.get(9), "信访件按时办结率(5分)", "产出指标", "时效指标", "5", "100%", "100", "100%", "100", "5");
        assertIndicator(t, rows.get(10), "社会保险综合覆盖率(10分)", "效益指标", "社会效益指标", "10", "98.5%以上", "98.5", "99%", "99", "10");
        assertIndicator(t, rows.get(11), "无因社会保障问题发生重大群体性事件(10分)", "效益指标", "社会效益指标", "10", "无", null, "无", null, "10");
        assertIndicator(t, rows.get(12), "合同人员合法权益率(10分)", "效益指标", "社会效益指标", "10", "100%", "100", "100%", "100", "10");
        assertIndicator(t, rows.get(13), "来信来访件处理满意率(10分)", "满意度指标", "满意度指标", "10", "95%", "95", "100%", "100", "10");
        assertEquals("总分", rows.get(14).label());
        assertEquals(dec("99.2"), v(t, rows.get(14), "score"));
        assertEquals(0, sumScores(t).compareTo(dec("99.2")));
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("正向指标(即目标值≥X,得分=权重*B/A)")));
    }

    // ------------------------------------------------------------------ noise, notes, narrative

    @Test
    void noRowFromStampNoiseOrHeaders() {
        List<String> noise = List.of("人刀负源", "八万页砾", "可仪阳红", "中位", "丰世", "栏次", "项目", "科目名称", "大林");
        for (Table t : d.tables().subList(0, 9)) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    for (String n : noise) {
                        assertFalse(c != null && c.raw().contains(n), t.number() + " L" + r.place().line() + ": " + c);
                    }
                }
                for (String n : noise) {
                    assertFalse(r.label().contains(n), t.number() + " " + r.label());
                }
            }
        }
    }

    @Test
    void statementsBySection() {
        List<Statement> s = d.statements();
        assertEquals(72, s.size());
        Map<String, Long> byPart = s.stream().collect(Collectors.groupingBy(
                x -> x.section().split(" > ")[0].substring(0, 4), LinkedHashMap::new, Collectors.counting()));
        assertEquals(Map.of("第一部分", 2L, "第三部分", 39L, "第四部分", 15L, "第五部分", 16L), byPart);
        Statement first = s.get(2);
        assertEquals(341, first.place().line());
        assertEquals("第三部分武汉市人力资源和社会保障局汉阳社会保险管理处2023年度单位决算情况说明 > 一、收入支出决算总体情况说明",
                first.section());
        assertTrue(first.text().startsWith("2023年度收、支总计1,553.51万元。与2022年度相比"));
        assertTrue(first.claims().isEmpty());
        Statement wrapped = s.stream().filter(x -> x.place().line() == 349).findFirst().orElseThrow();
        assertTrue(wrapped.text().contains("使人员经费开支减少,疫情结束后"), "a paragraph continues over a blank line");
        Statement spaced = s.stream().filter(x -> x.place().line() == 390).findFirst().orElseThrow();
        assertTrue(spaced.text().contains("年初预算为917.66万元,支出决算为872.88万元,完成年初预算的95.1%"), spaced.text());
        assertTrue(spaced.section().endsWith(" > (三)一般公共预算财政拨款支出决算具体情况"));
        Statement bold = s.stream().filter(x -> x.place().line() == 428).findFirst().orElseThrow();
        assertTrue(bold.text().contains("过桥过路费0.01万元;保险费0.33万元;无安全奖励费用和其他费用。截至2023年12月31日"), bold.text());
        assertTrue(s.stream().noneMatch(x -> x.text().startsWith("图") || x.text().equals("财政拨款收入")),
                "captions and chart labels are not statements");
        assertTrue(s.stream().noneMatch(x -> x.section().contains("目录") || x.text().contains("收入支出决算总表")),
                "no table-of-contents entries");
        Statement glossary = s.stream().filter(x -> x.place().line() == 565).findFirst().orElseThrow();
        assertEquals("第五部分名词解释", glossary.section(), "(四) ends the (三) heading");
    }
}
