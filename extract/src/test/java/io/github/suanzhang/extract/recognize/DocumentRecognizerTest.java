package io.github.suanzhang.extract.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Clue;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recognition from invented covers, titles and tables of each shape met in the corpora (no phrase of a
 * real file): title with year first or entity first, 部门综合预算, 附件1 … 情况说明 / 附件2 … 报表, a year the file
 * name would contradict, government reports, tables-only files, and files that are not disclosures.
 */
class DocumentRecognizerTest {

    private static List<DocumentRecognizer.Text> lines(String... texts) {
        List<DocumentRecognizer.Text> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new DocumentRecognizer.Text(texts[i], Place.onPage(i < 3 ? 1 : 2, null)));
        }
        return out;
    }

    private static DocumentInfo cover(String... texts) {
        return DocumentRecognizer.recognize(new DocumentRecognizer.Input(lines(texts), List.of(), List.of(), null, List.of(), List.of(), null));
    }

    private static Table table(TableKind kind, String number, String title, List<Row> rows) {
        return new Table("t01", kind, number, title, Unit.TEN_THOUSAND_YUAN, List.of(3), List.of(), rows, List.of(), null,
                Place.onPage(3, null), "lattice");
    }

    private static Row figures() {
        Amount a = new Amount(new BigDecimal("12.5"), 1, Unit.TEN_THOUSAND_YUAN, "12.5");
        return new Row(null, null, null, "合计", List.of(new Cell("12.5", a, Place.onPage(3, null), false)), Place.onPage(3, null));
    }

    private static Row labelled(String label, String value) {
        return new Row(null, null, null, label, List.of(new Cell(value, null, Place.onPage(9, null), false)), Place.onPage(9, null));
    }

    /** Cover lines separated by {@code /}; then entity, year, scope, type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // year first, entity, 部门预算公开 (one line, and split over lines)
        "2031年度某某市园林绿化局部门预算公开|某某市园林绿化局|2031|DEPARTMENT|BUDGET",
        "2031 年度/某某市园林绿化局（本级）/单位预算公开|某某市园林绿化局（本级）|2031|UNIT|BUDGET",
        // entity first, and the contents after the cover
        "某某县农业农村局/2029 年部门预算/目录/第一部分 2029年部门预算说明|某某县农业农村局|2029|DEPARTMENT|BUDGET",
        "某某区档案馆2019年度单位决算|某某区档案馆|2019|UNIT|FINAL_ACCOUNTS",
        "某某机关事务局 2028 年度部门决算/二〇二九年七月/目 录|某某机关事务局|2028|DEPARTMENT|FINAL_ACCOUNTS",
        // 部门综合预算
        "某某市体育局2030年部门综合预算|某某市体育局|2030|DEPARTMENT|BUDGET",
        // full-width digits
        "２０２７年度某某市信息中心部门预算公开|某某市信息中心|2027|DEPARTMENT|BUDGET",
        // a year without 年, and a notice quoted in the first paragraph
        "某某市文物局2031部门预算情况的说明/一、部门情况说明/根据《某某市人民政府关于机构设置的通知》，本部门|某某市文物局|2031|DEPARTMENT|BUDGET",
    })
    void disclosureTitles(String coverLines, String entity, int year, Scope scope, DocumentType type) {
        DocumentInfo info = cover(coverLines.split("/"));
        assertEquals(entity, info.entity(), info.toString());
        assertEquals(year, info.year(), info.toString());
        assertEquals(scope, info.scope(), info.toString());
        assertEquals(type, info.type(), info.toString());
        assertEquals(DocumentKind.DISCLOSURE, info.kind());
        assertEquals(0.95, info.confidence());
        assertTrue(info.evidence().stream().anyMatch(k -> k.field().equals("year") && k.place().page() == 1),
                info.evidence().toString());
    }

    @Test
    void regionFromTheEntity() {
        assertEquals("某某市", cover("2031年度某某市园林绿化局部门预算公开").region());
        assertEquals("某某市某某区", cover("某某市某某区档案馆2019年度单位决算").region());
        assertNull(cover("某某职业学院2026年部门预算").region());
    }

    @Test
    void partsOfADisclosure() {
        DocumentInfo narrative = cover("附件1：", "某某市统计局2032年度部门预算情况说明", "一、部门情况说明");
        assertEquals(DocumentKind.DISCLOSURE_NARRATIVE, narrative.kind());
        assertEquals("情况说明", narrative.genre());
        assertEquals("某某市统计局", narrative.entity());
        assertEquals(2032, narrative.year());

        DocumentInfo tables = cover("附件2：某某市统计局2032年度部门预算报表");
        assertEquals(DocumentKind.DISCLOSURE_TABLES, tables.kind());
        assertEquals("报表", tables.genre());
        assertEquals(Scope.DEPARTMENT, tables.scope());
    }

    @Test
    void tablesOnlyFileWithoutATitle() {
        // 预算01表 at the head, no title anywhere; 部门名称 in a performance table, （2032年度） as a subtitle
        List<DocumentRecognizer.Text> head = lines("预算01表 收支总表", "金额单位：万元", "收 入", "支 出");
        List<DocumentRecognizer.Text> shortLines = List.of(new DocumentRecognizer.Text("（2032年度）", Place.onPage(9, null)));
        List<Table> tables = List.of(
                table(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "预算01表", "收支总表", List.of(figures())),
                table(TableKind.BUDGET_INCOME, "预算02表", "收入总表", List.of(figures())),
                table(TableKind.GENERIC, "预算13表", "部门整体支出绩效目标表", List.of(labelled("部门名称", "某某市档案局"))));
        DocumentInfo info = DocumentRecognizer.recognize(new DocumentRecognizer.Input(head, shortLines, List.of(), null, List.of(), tables, null));
        assertEquals(DocumentKind.DISCLOSURE_TABLES, info.kind());
        assertEquals(DocumentType.BUDGET, info.type());
        assertEquals(Scope.DEPARTMENT, info.scope());
        assertEquals(2032, info.year());
        assertEquals("某某市档案局", info.entity());
        assertEquals("某某市", info.region());
        assertEquals(0.7, info.confidence());
        assertNull(info.title(), "no title is printed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2030年度某某省本级财政总决算|FINAL_ACCOUNTS|2030",
        "关于某某市2030年预算执行情况与2031年预算草案的报告|BUDGET|2031",
        "某某市全市及市本级2029年决算草案的说明|FINAL_ACCOUNTS|2029",
        // a 预算执行情况表 whose columns print 决算数 is the budget report's
        "表1-2 2031年全市一般公共预算支出执行情况表 单位：万元 支出项目 2030年决算数 2031年执行数|BUDGET|2031",
        "2030年政府债务情况公开表格|BUDGET|2030",
    })
    void governmentReports(String title, DocumentType type, int year) {
        DocumentInfo info = cover(title);
        assertEquals(Scope.GOVERNMENT, info.scope());
        assertEquals(type, info.type());
        assertEquals(year, info.year());
        assertEquals(DocumentKind.DISCLOSURE, info.kind());
    }

    @Test
    void 本级WithoutBudgetWordsIsNoGovernmentReport() {
        DocumentInfo info = cover("某某市本级建设工程消防设计抽查情况表", "序号 抽查项目 建设单位");
        assertEquals(DocumentKind.NOT_A_DISCLOSURE, info.kind());
        assertEquals(Scope.UNKNOWN, info.scope());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "通知|某某市人民政府办公厅关于印发某某工作实施办法的通知|某政办函〔2031〕7号",
        "通知|某某市财政局关于做好2031年部门预算编制工作的通知|各预算单位：",
        "通报|中共某某局党组关于巡视整改进展情况的通报|根据统一部署，",
        "通告|巡 察 通 告|按照市委统一部署，",
        "公报|某某市人民政府公报|2031年第4期刊登",
        "网站年度报表|政府网站工作年度报表|（2030年度）",
        "政府信息公开年度报告|某某局2030年度政府信息公开工作年度报告|一、总体情况",
        "申请表|某某局政府信息公开申请表|姓名 工作单位",
        "流程图|某某局依申请信息公开流程图|申请",
        "简章|2031年某某考试某某考区报名简章|根据《办法》",
        "工作规范|工作岗位规范|某某局",
        "绩效评价报告|某某市财政项目支出绩效评价报告|评价项目名称：2029年度某某专项资金",
        "绩效自评表|部门整体绩效自评表|（2030年度）",
        "统计公报|某某市2030年国民经济和社会发展统计公报|某某市统计局",
        "规范性文件|ABCD01-2031-0007|某某市人民政府办公厅文件",
    })
    void notDisclosures(String genre, String first, String second) {
        DocumentInfo info = cover(first, second, "正文第一段。");
        assertEquals(DocumentKind.NOT_A_DISCLOSURE, info.kind(), info.toString());
        assertEquals(genre, info.genre(), info.toString());
        assertEquals(DocumentType.UNKNOWN, info.type());
        assertEquals(Scope.UNKNOWN, info.scope());
        assertNull(info.year());
        assertNotNull(info.title());
        assertTrue(info.title().length() <= 60, info.title());
        assertTrue(info.evidence().stream().map(Clue::field).toList().contains("genre"));
    }

    @Test
    void aDisclosureWithManyStandardTablesStaysOne() {
        // a notice heading the file, yet its content is a budget's standard tables with figures
        List<Table> tables = List.of(
                table(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, null, "部门收支总表", List.of(figures())),
                table(TableKind.BUDGET_INCOME, null, "部门收入总表", List.of(figures())),
                table(TableKind.BUDGET_EXPENDITURE, null, "部门支出总表", List.of(figures())));
        DocumentInfo info = DocumentRecognizer.recognize(new DocumentRecognizer.Input(
                lines("关于公开某某局预算的通知", "现将有关情况公开如下。"), List.of(), List.of(), null, List.of(), tables, null));
        assertFalse(info.kind() == DocumentKind.NOT_A_DISCLOSURE, info.toString());
        assertEquals(DocumentType.BUDGET, info.type());
        assertEquals(Scope.DEPARTMENT, info.scope());
    }

    @Test
    void aGenreWordAfterTheTitleSaysNothing() {
        DocumentInfo info = cover("2031年某某市商务局部门预算", "关于2031年部门预算的说明");
        assertEquals(DocumentKind.DISCLOSURE, info.kind());
        assertNull(info.genre());
    }

    @Test
    void nothingToTellFrom() {
        DocumentInfo info = cover();
        assertEquals(DocumentKind.UNKNOWN, info.kind());
        assertNull(info.confidence());
        assertNull(info.title());
    }

    @Test
    void aLongFirstParagraphIsNoTitle() {
        String para = "本单位".repeat(200);
        DocumentInfo info = cover(para);
        assertTrue(info.title() == null || info.title().length() <= 61, String.valueOf(info.title()));
    }
}
