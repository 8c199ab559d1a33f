package io.github.suanzhang.extract.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One small export per quirk the reader handles. */
class SyntheticExportTest {

    static Disclosure read(String text) {
        return new TextExportReader().read(text.getBytes(StandardCharsets.UTF_8), "synthetic.txt");
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static BigDecimal v(Table t, Row r, String key) {
        Cell c = r.cell(t.columnIndex(key));
        return c == null || c.amount() == null ? null : c.amount().value();
    }

    static final String HEAD = lines("2023年度某某局单位决算公开", "", "第二部分 决算表", "");

    /** A 公开05表 body with the given data lines (类 款 项 | 科目名称 | 合计 基本 项目). */
    static String table05(String... data) {
        List<String> l = new ArrayList<>(List.of("2023年度一般公共预算财政拨款支出决算表", "", "公开05表", "",
                "单位: 某某局", "", "单位:万元", "", "功能分类 科目编码\t\t\t科目名称\t小计\t基本支出\t项目支出",
                "类\t款\t项\t栏次\t1\t2\t3"));
        l.addAll(List.of(data));
        return HEAD + lines(l.toArray(String[]::new));
    }

    // ------------------------------------------------------------------ encodings

    @Test
    void gb18030CopyReadsLikeTheUtf8Original() throws Exception {
        byte[] utf8 = SeedExportTest.seedBytes();
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] gb = text.getBytes(TextDecoder.GB18030);
        assertFalse(java.util.Arrays.equals(utf8, gb));
        Disclosure a = new TextExportReader().read(utf8, "seed.txt");
        Disclosure b = new TextExportReader().read(gb, "seed-gb18030.txt");
        assertEquals(a.tables(), b.tables());
        assertEquals(a.statements(), b.statements());
        assertEquals(a.document(), b.document());
        assertTrue(b.problems().stream().noneMatch(p -> p.kind() == ProblemKind.UNKNOWN_ENCODING));
        assertEquals(TextDecoder.decode(gb).orElseThrow().charset(), "GB18030");
    }

    @Test
    void utf8WithBom() throws Exception {
        byte[] utf8 = SeedExportTest.seedBytes();
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Disclosure a = new TextExportReader().read(utf8, "seed.txt");
        Disclosure b = new TextExportReader().read(bom, "seed.txt");
        assertEquals(a.tables(), b.tables(), "the BOM is not a line, line numbers stay");
        assertEquals(a.document(), b.document());
        assertEquals("UTF-8 (BOM)", TextDecoder.decode(bom).orElseThrow().charset());
    }

    @Test
    void undecodableBytesAreAProblemNotAnException() {
        byte[] bytes = new byte[4096];
        new Random(20231231L).nextBytes(bytes);
        Disclosure d = new TextExportReader().read(bytes, "noise.bin");
        assertEquals(1, d.problems().size());
        assertEquals(ProblemKind.UNKNOWN_ENCODING, d.problems().get(0).kind());
        assertTrue(d.tables().isEmpty() && d.statements().isEmpty());
        assertEquals(64, d.source().sha256().length());
        // 0xFF is never valid in UTF-8 nor GB18030
        assertEquals(ProblemKind.UNKNOWN_ENCODING, new TextExportReader()
                .read(new byte[] {(byte) 0xE6, (byte) 0x94, (byte) 0xFF, 0x41}, "bad.txt").problems().get(0).kind());
    }

    // ------------------------------------------------------------------ titles, units, noise

    @Test
    void numberAndUnitInEitherOrderAndStampNoiseIgnored() {
        String text = HEAD + lines("2023年度收入决算表", "", "单位:万元", "", "公开02表", "",
                "<u>中位:某某局人刀负源</u>\t\t\t\t\t\t\t\t\t\t",
                "\t项目\t-\t\tI. /az → p.l.",
                "功能分类 科目编码\t\t本年收入合计\t财政拨款收入\t上级补助 收入\t事业收入\t经营收入\t附属单位 上缴收入\t其他收入",
                "类款工\t栏次\t1\t2\t3\t4\t5\t6\t7",
                "大林\t合 计\t10. 00\t10. 00\t\t\t\t\t",
                "201\t一般公共服务支出\t10. 00\t10. 00\t\t\t\t\t",
                "可仪阳红",
                "", "注:本表反映部门本年度取得的各项收入情况。", "", "¹栏各行= (2+3+4+5+6+7) 栏各行。");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(TableKind.FINAL_INCOME, t.kind());
        assertEquals("公开02表", t.number());
        assertEquals(Unit.TEN_THOUSAND_YUAN, t.unit());
        assertEquals(2, t.rows().size());
        assertEquals("合计", t.rows().get(0).label());
        assertEquals("201", t.rows().get(1).code().digits());
        assertEquals(List.of("注:本表反映部门本年度取得的各项收入情况。", "1栏各行=(2+3+4+5+6+7)栏各行"), t.notes());
    }

    // ------------------------------------------------------------------ codes

    @Test
    void codesWholeSplitBrokenMergedAndCompleted() {
        Disclosure d = read(table05(
                "\t\t\t合计\t100.00\t100.00\t",
                "208\t\t\t社会保障和就业支出\t100.00\t100.00\t",
                "208\t01\t\t人力资源和社会保障管理事务\t60.00\t60.00\t",
                "208\t010\t1\t行政运行\t50.00\t50.00\t",
                "\t\t09\t社会保险经办机构\t10.00\t10.00\t",
                "\t05\t\t行政事业单位养老支出\t40.00\t40.00\t",
                "2080501\t\t1\t行政单位离退休\t15.00\t15.00\t",
                "208\t0505\t5\t机关事业单位基本养老保险缴费支出\t20.00\t20.00\t",
                "20805 06 机关事业单位职业年金缴费支出\t\t\t\t5.00\t5.00\t"));
        Table t = d.tables().get(0);
        List<String> codes = t.rows().stream().map(r -> r.code() == null ? "-" : r.code().digits()).toList();
        assertEquals(List.of("-", "208", "20801", "2080101", "2080109", "20805", "2080501", "2080505", "2080506"), codes);
        assertEquals("机关事业单位职业年金缴费支出", t.rows().get(8).label());
        assertEquals(new BigDecimal("5.00"), v(t, t.rows().get(8), "total"));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void codeAndLabelMergedInOneColumnTable() {
        String text = HEAD + lines("2023年度收入决算表", "", "公开02表 单位:万元", "",
                "功能分类 科目编码\t\t本年收入合计\t财政拨款收入\t上级补助 收入\t事业收入\t经营收入\t附属单位 上缴收入\t其他收入",
                "类款工\t栏次\t1\t2\t3\t4\t5\t6\t7",
                "221\t住房保障支出\t6.00\t6.00",
                "22102\t02 住房改革支出\t6.00\t6.00",
                "\t01 住房公积金\t6.00\t6.00");
        Table t = read(text).tables().get(0);
        assertEquals(List.of("221", "22102", "2210201"), t.rows().stream().map(r -> r.code().digits()).toList());
        assertEquals(List.of("住房保障支出", "住房改革支出", "住房公积金"), t.rows().stream().map(Row::label).toList());
    }

    @Test
    void aLineThatLostAFigureIsUnreadableNotBlank() {
        String text = HEAD + lines("2023年度收入决算表", "", "公开02表 单位:万元", "",
                "功能分类 科目编码\t\t本年收入合计\t财政拨款收入\t上级补助 收入\t事业收入\t经营收入\t附属单位 上缴收入\t其他收入",
                "类款工\t栏次\t1\t2\t3\t4\t5\t6\t7",
                "221\t住房保障支出\t6.00\t6.00",
                "22102\t02 住房改革支出\t\t6. 00",
                "2210201\t住房公积金\t6.00\t6.00");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        Row r = t.rows().get(1);
        assertEquals("22102", r.code().digits());
        assertEquals("住房改革支出", r.label());
        for (String key : List.of("total", "fiscal_allocation", "other")) {
            Cell c = r.cell(t.columnIndex(key));
            assertTrue(c != null && c.unreadable() && c.amount() == null, key + ": " + c);
        }
        assertEquals("6. 00", r.cell(t.columnIndex("fiscal_allocation")).raw(), "the text is kept as printed");
        assertEquals("", r.cell(t.columnIndex("total")).raw());
        assertEquals(new BigDecimal("6.00"), v(t, t.rows().get(0), "total"), "the other lines are read");
        List<Problem> ps = d.problems().stream().filter(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE).toList();
        assertEquals(1, ps.size(), d.problems().toString());
        assertEquals(12, ps.get(0).place().line());
        assertTrue(ps.get(0).message().contains("住房改革支出") && ps.get(0).message().contains("“02”"), ps.get(0).message());
    }

    @Test
    void aCodeEchoWithoutAGapOrAGapWithoutAnEchoIsRead() {
        String text = HEAD + lines("2023年度收入决算表", "", "公开02表 单位:万元", "",
                "功能分类 科目编码\t\t本年收入合计\t财政拨款收入\t上级补助 收入\t事业收入\t经营收入\t附属单位 上缴收入\t其他收入",
                "类款工\t栏次\t1\t2\t3\t4\t5\t6\t7",
                "221\t住房保障支出\t6.00\t6.00",
                "22102\t02 住房改革支出\t6.00\t6.00",
                "2210201\t住房公积金\t\t6.00");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(new BigDecimal("6.00"), v(t, t.rows().get(1), "total"));
        assertNull(t.rows().get(2).cell(t.columnIndex("total")), "a blank is a blank where nothing says the line is damaged");
        assertEquals(new BigDecimal("6.00"), v(t, t.rows().get(2), "fiscal_allocation"));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void brokenCodeThatIsNoCodeIsAProblem() {
        Disclosure d = read(table05("208\t010\t19\t行政运行\t1.00\t1.00\t"));
        assertTrue(d.tables().get(0).rows().isEmpty());
        assertTrue(d.problems().stream().anyMatch(p -> p.kind() == ProblemKind.TABLE_NOT_UNDERSTOOD
                && p.message().contains("“20801019”不是科目编码") && p.place().line() == 15), d.problems().toString());
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void ocrCommaRepairedOnlyWithTheColumnsPrecision() {
        Disclosure d = read(table05("\t\t\t合计\t1, 553, 51\t1, 313. 24\t240. 27",
                "208\t\t\t社会保障和就业支出\t1, 553. 51\t1, 313. 24\t240. 27"));
        Table t = d.tables().get(0);
        Cell c = t.rows().get(0).cell(t.columnIndex("total"));
        assertEquals(new BigDecimal("1553.51"), c.amount().value());
        assertEquals(2, c.amount().decimals());
        assertTrue(c.repaired());
        assertFalse(t.rows().get(1).cell(t.columnIndex("total")).repaired(), "spacing is not a repair");

        // a column whose figures are integers gives no precision for the repair: the cell is not read
        Disclosure d2 = read(table05("\t\t\t合计\t1, 553, 51\t1, 313\t240",
                "208\t\t\t社会保障和就业支出\t1, 553\t1, 313\t240"));
        Table t2 = d2.tables().get(0);
        Cell c2 = t2.rows().get(0).cell(t2.columnIndex("total"));
        assertNull(c2.amount());
        assertEquals("1, 553, 51", c2.raw());
        assertTrue(d2.problems().stream().anyMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE));
    }

    @Test
    void truncatedLastCellKeptRawWithAProblem() {
        String text = HEAD + lines("2023年度一般公共预算财政拨款基本支出决算明细表", "", "公开06表", "单位:万元", "",
                "\t人员经费\t\t\t公用经费",
                "科目代 码\t科目名称\t决算数\t科目代 码\t科目名称\t决算数",
                "301\t工资福利支出\t10. 50\t302\t商品和服务支出\t2. 25",
                "30101\t基本工资\t10. 50\t30201\t办公费\t2. 25",
                "\t人员经费合计\t10. 50\t\t公用经费合计\t2. 2");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(List.of("301", "30101", "302", "30201"), t.rows().subList(0, 4).stream()
                .map(r -> r.code().digits()).toList());
        Row cut = t.rows().get(5);
        assertEquals("公用经费合计", cut.label());
        assertEquals("2. 2", cut.cell(t.columnIndex("total")).raw());
        assertNull(cut.cell(t.columnIndex("total")).amount(), "never completed to 2.25");
        assertEquals(new BigDecimal("10.50"), v(t, t.rows().get(4), "total"));
        Problem p = d.problems().get(0);
        assertEquals(ProblemKind.UNREADABLE_FIGURE, p.kind());
        assertEquals(14, p.place().line());
    }

    // ------------------------------------------------------------------ two-sided

    static String table04(String... after) {
        List<String> l = new ArrayList<>(List.of("2023年度财政拨款收入支出决算总表", "", "公开04表 单位:万元", "",
                "丰世: 某某局八万页砾\t平/5/1人\t41年41年\t日生人\t+\tılı.\t\t\t平匹: 万九",
                "收入\t\t\t\t支\t出",
                "项目\t行次\t决算数\t项目\t行次\t合计\t一般公共 预算财政 拨款\t政府性基 金预算财 政拨款\t国有资本 经营预算 财政拨款",
                "栏次\t\t1\t栏次\t\t2\t3\t4\t5",
                "一、一般公共预算财政拨款\t1\t5. 00\t\t3\t\t\t\t",
                "总计\t2\t5. 00\t总计\t4\t5. 00\t5. 00\t\t"));
        l.addAll(List.of(after));
        return HEAD + lines(l.toArray(String[]::new));
    }

    @Test
    void twoSidedWithMissingLabelAndRepeatedTotals() {
        Disclosure d = read(table04("", "总计", " 2", " 5.00", " 总计", " 4", " 5.00", " 5.00", "", "注: 本表反映…"));
        Table t = d.tables().get(0);
        assertEquals(4, t.rows().size(), "the repeated 总计 block makes no rows");
        assertEquals(List.of("收入", "收入", "支出", "支出"), t.rows().stream().map(r -> r.side().label()).toList());
        assertEquals(List.of("1", "2", "3", "4"), t.rows().stream().map(Row::lineNo).toList());
        assertEquals("", t.rows().get(2).label());
        assertEquals(new BigDecimal("5.00"), v(t, t.rows().get(3), "general_budget"));
        assertTrue(d.problems().isEmpty(), d.problems().toString());

        Disclosure bad = read(table04("", "总计", " 4", " 6.00", "", "注: 本表反映…"));
        assertEquals(4, bad.tables().get(0).rows().size());
        assertTrue(bad.problems().stream().anyMatch(p -> p.kind() == ProblemKind.TABLE_NOT_UNDERSTOOD
                && p.message().contains("也不是某行的重复")), bad.problems().toString());
    }

    // ------------------------------------------------------------------ empty tables, flattened tables

    @Test
    void emptyTableWithItsNote() {
        String text = HEAD + lines("2023年度政府性基金预算财政拨款收入支出决算表", "", "公开07表", "", "单位: 万元", "",
                "\t项目\t\t目\t\t\t\t本年支出",
                "功能分类 科目编码\t\t\t科目名称\t年初结转和结余\t本年收入\t小计\t基本支出\t项目支出\t年末结转和结余",
                "*\t址\t福\t栏次\t1\t2\t3\t4\t5\t6",
                "一\t类 款 项\t\t合计\t\t\t\t\t\t",
                "", "注: 本表反映单位本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "",
                "6栏各行=(1+2-3)栏各行; 3栏各行=(4+5)栏各行。", "", "某某局当年无政府性基金预算财政拨款收入支出。");
        Table t = read(text).tables().get(0);
        assertEquals(TableKind.FINAL_GOVERNMENT_FUND, t.kind());
        assertTrue(t.rows().isEmpty());
        assertEquals("某某局当年无政府性基金预算财政拨款收入支出。", t.emptyNote());
        assertEquals(List.of("注:本表反映单位本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
                "6栏各行=(1+2-3)栏各行", "3栏各行=(4+5)栏各行"), t.notes());
    }

    @Test
    void flattenedTableRebuiltFromItsSums() {
        String text = HEAD + lines("2023年度支出决算表", "", "公开03表", "",
                "单位: 万元 项目 本年支出合计 基本支出 项目支出 栏次 1 2 3 合计 30.00 20.00 10.00 "
                        + "201 一般公共服务支出 30.00 10.00 20.00 20101 人大事务 30.00 20.00 10.00 "
                        + "2010101 行政运行 20.00 20.00 2010102 一般行政管理事务 10.00 10.00");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(5, t.rows().size());
        // 201 prints 10.00 before 20.00; the sums under 合计 (basic 20, project 10) decide
        Row r201 = t.rows().get(1);
        assertEquals(new BigDecimal("20.00"), v(t, r201, "basic"));
        assertEquals(new BigDecimal("10.00"), v(t, r201, "project"));
        assertEquals(new BigDecimal("20.00"), v(t, t.rows().get(3), "basic"));
        assertEquals(new BigDecimal("10.00"), v(t, t.rows().get(4), "project"));
        assertNull(v(t, t.rows().get(4), "basic"));
        assertTrue(d.problems().stream().anyMatch(p -> p.kind() == ProblemKind.OTHER));
    }

    // ------------------------------------------------------------------ self-evaluation

    @Test
    void selfEvaluationIndicators() {
        String text = HEAD + lines("第六部分 附件", "", "某某局整体绩效自评表", "", "单位名称: 某某局", "",
                "\t\t\t预算数 (A\t执行数 (B\t执行率 (B/A)\t得分(20分 * 执行",
                "预算执行情况(万元) (20分)\t\t部门整体支出总额\t100. 00\t90. 00\t90%\t18",
                "\t一级指 标\t二级指标\t三级指标\t\t实际完 成值(B)\t得分",
                "\t产出指标\t数量指\t月业务经办\t量(4分)\t10,000\t22,186\t4",
                "\t\t标(8分)\t宣传资料发放量(4分) 对象稽核量(4分)\t\t600份\t全年超 过6,000 份\t4",
                "\t\t\t\t\t300人次\t200人次 2. 67",
                "\t\t社会效益指标(10分)\t覆盖率(10分)\t98.5%以上\t99%\t10",
                "总分\t\t\t38. 67分");
        Table t = read(text).tables().get(0);
        assertEquals(TableKind.PERFORMANCE_SELF_EVALUATION, t.kind());
        List<String> labels = t.rows().stream().map(Row::label).toList();
        assertEquals(List.of("预算执行情况", "执行率(B/A)", "月业务经办量(4分)", "宣传资料发放量(4分)", "对象稽核量(4分)",
                "覆盖率(10分)", "总分"), labels);
        Row run = t.rows().get(4);
        assertEquals(new BigDecimal("2.67"), v(t, run, "score"), "a score run into the actual cell");
        assertEquals("200人次", run.cell(t.columnIndex("actual")).raw());
        assertEquals("数量指标", run.cell(t.columnIndex("level2")).raw());
        assertEquals("产出指标", run.cell(t.columnIndex("level1")).raw());
        // the label's weight (8分) is printed on the next line, apart from 数量指: unknown, so the third
        // indicator stays under the last label above it; 社会效益指标 starts the next block
        assertEquals("社会效益指标", t.rows().get(5).cell(t.columnIndex("level2")).raw());
        assertEquals("效益指标", t.rows().get(5).cell(t.columnIndex("level1")).raw());
        assertEquals(new BigDecimal("90"), v(t, t.rows().get(1), "actual"));
        assertEquals(new BigDecimal("18"), v(t, t.rows().get(0), "score"));
        assertEquals(new BigDecimal("38.67"), v(t, t.rows().get(6), "score"));
    }

    @Test
    void selfEvaluationLineWithAScoreButNoIndicatorIsAProblem() {
        String text = HEAD + lines("第六部分 附件", "", "某某局整体绩效自评表", "", "单位名称: 某某局", "",
                "\t\t\t预算数 (A\t执行数 (B\t执行率 (B/A)\t得分(20分 * 执行",
                "预算执行情况(万元) (20分)\t\t部门整体支出总额\t100. 00\t90. 00\t90%\t18",
                "\t一级指 标\t二级指标\t三级指标\t\t实际完 成值(B)\t得分",
                "\t产出指标\t数量指\t月业务经办\t量(4分)\t10,000\t22,186\t4",
                "\t\t\t\t\t300人次\t200人次\t4",
                "总分\t\t\t26分");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(List.of("预算执行情况", "执行率(B/A)", "月业务经办量(4分)", "总分"), t.rows().stream().map(Row::label).toList());
        assertTrue(d.problems().stream().anyMatch(p -> p.kind() == ProblemKind.TABLE_NOT_UNDERSTOOD
                && p.place().line() == 15 && p.message().contains("本表的行不完整")), d.problems().toString());
        assertTrue(read(HEAD + lines("第六部分 附件", "", "某某局整体绩效自评表", "", "单位名称: 某某局", "",
                "\t一级指 标\t二级指标\t三级指标\t\t实际完 成值(B)\t得分",
                "\t产出指标\t数量指\t月业务经办\t量(4分)\t10,000\t22,186\t4",
                "总分\t\t\t4分")).problems().isEmpty());
    }

    // ------------------------------------------------------------------ narrative

    @Test
    void paragraphsHeadingsCaptionsAndTheNarrativeSeam() {
        String text = lines("2023年度某某局单位决算公开", "", "目 录", "", "第一部分 概况", "- 一、收入支出决算总表", "",
                "第一部分 概况", "", "一、主要职责", "", "负责 某某 工作,", "", "承办其他事项。", "",
                "收入结构", "", "图 1: 收入决算结构", "", "(一)具体情况", "", "- 1. 支出决算为872. 88万元。",
                "(二)其他:指别的事项。", "", "3", "", "第二部分 说明", "", "2023年度**年**末结余为0。");
        List<Paragraph> seen = new ArrayList<>();
        Disclosure d = new TextExportReader(p -> {
            seen.add(p);
            return TextExportReader.onePerParagraph(p);
        }).read(text.getBytes(StandardCharsets.UTF_8), "n.txt");
        assertEquals(List.of("负责某某工作,承办其他事项。", "1.支出决算为872.88万元。", "(二)其他:指别的事项。",
                "2023年度年末结余为0。"), d.statements().stream().map(Statement::text).toList());
        assertEquals(List.of(12, 22, 23, 29), d.statements().stream().map(s -> s.place().line()).toList());
        assertEquals(List.of(12, 14), seen.get(0).lines());
        assertEquals("第一部分概况 > 一、主要职责", d.statements().get(0).section());
        assertEquals("第一部分概况 > 一、主要职责 > (一)具体情况", d.statements().get(1).section());
        assertEquals("第一部分概况 > 一、主要职责", d.statements().get(2).section(), "(二) closes (一)");
        assertEquals("第二部分说明", d.statements().get(3).section());
        assertEquals(List.of("第一部分概况", "一、主要职责", "(一)具体情况"), seen.get(1).headings());
        assertEquals(2023, d.document().year());
        assertEquals("某某局", d.document().entity());
    }

    @Test
    void tabBlockInNarrativeIsAGenericTable() {
        String text = lines("第四部分 重点工作", "", "序号\t重要事项\t完成情况", "1\t严格执行\t组织开展好活动", "",
                "2\t加强建设\t完成", "", "后面的文字。");
        Disclosure d = read(text);
        Table t = d.tables().get(0);
        assertEquals(TableKind.GENERIC, t.kind());
        assertEquals(List.of("序号", "重要事项", "完成情况"), t.columns().stream().map(c -> c.label()).toList());
        assertEquals(2, t.rows().size());
        assertNull(t.unit());
        assertEquals(List.of("后面的文字。"), d.statements().stream().map(Statement::text).toList());
    }
}
