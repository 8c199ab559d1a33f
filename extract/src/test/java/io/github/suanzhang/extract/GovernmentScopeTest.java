package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.extract.layout.PdfInput;
import io.github.suanzhang.extract.layout.RealFiles;
import io.github.suanzhang.extract.table.TableLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Document metadata from the cover: government-level reports (总决算, 财政决算, 决算草案, 预算执行情况与预算草案)
 * are {@link Scope#GOVERNMENT}, department and unit disclosures keep their scope. Covers read off the
 * rendered first pages. Only the first two pages are read (the metadata needs no more).
 */
class GovernmentScopeTest {

    @TempDir
    Path tmp;

    private static DocumentInfo cover(Path file) throws Exception {
        try (PdfInput in = PdfInput.open(file, ExtractOptions.DEFAULTS)) {
            List<TableLocator.PageLayout> pages = new ArrayList<>();
            for (int p = 1; p <= Math.min(2, in.pageCount()); p++) {
                pages.add(TableLocator.layout(in.scan(p), ExtractOptions.DEFAULTS));
            }
            return PdfDisclosureReader.documentInfo(pages, List.of(), List.of());
        }
    }

    @ParameterizedTest
    @CsvSource({
        // 2021年度省本级及全省财政总决算公开 / 河北省财政厅
        "hebei_2021_caizheng_zongjuesuan.pdf, FINAL_ACCOUNTS, 2021",
        // 2023年黑龙江省和省本级财政决算
        "heilongjiang_2023_caizheng_juesuan.pdf, FINAL_ACCOUNTS, 2023",
        // 2019年全市及市本级决算草案的说明
        "pingdingshan_2019_juesuan_caoan_shuoming.pdf, FINAL_ACCOUNTS, 2019",
        // 关于岳阳市2025年预算执行情况与2026年预算草案的报告
        "province_fiscal__2025__official__yueyang_2025_budget_report.pdf, BUDGET, 2026",
        // 防城港市全市与市本级2025年预算执行情况和2026年预算（草案）
        "province_fiscal__2025__official__fangchenggang_2025_budget_report.pdf, BUDGET, 2026",
        // 关于宿迁市2025年预算执行情况和2026年预算草案的报告
        "province_fiscal__2025__official__jiangsu_suqian_2026_budget_report.pdf, BUDGET, 2026",
    })
    void governmentReports(String name, DocumentType type, int year) throws Exception {
        Path f = RealFiles.corpusFile(name);
        assumeTrue(f != null, "no shared corpus");
        DocumentInfo info = cover(f);
        assertEquals(Scope.GOVERNMENT, info.scope(), info.title());
        assertEquals(type, info.type(), info.title());
        assertEquals(year, info.year(), info.title());
    }

    @ParameterizedTest
    @CsvSource({
        "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf, DEPARTMENT, FINAL_ACCOUNTS, 2024",
        "shenzhen_caizhengju_2026_bumen_yusuan.pdf, DEPARTMENT, BUDGET, 2026",
        "shanghai_shi_caizhengju_2025_danwei_yusuan.pdf, UNIT, BUDGET, 2025",
    })
    void departmentsStayDepartments(String name, Scope scope, DocumentType type, int year) throws Exception {
        DocumentInfo info = cover(RealFiles.bundled(name, tmp));
        assertEquals(scope, info.scope(), info.title());
        assertEquals(type, info.type(), info.title());
        assertEquals(year, info.year(), info.title());
    }
}
