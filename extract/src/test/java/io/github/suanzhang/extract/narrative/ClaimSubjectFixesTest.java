package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.layout.RealFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subjects of changes and shares that the joined PDF sentences gave wrongly (docs/audit-check.md, run of 83cbaff):
 * a sentence closed by {@code 。)} goes on with the amount before the parenthesis; a sentence giving only a
 * {@code 预算数} is the subject of the change that follows; list items of {@code 合计…,其中:} keep the 合计 as the
 * base of their shares. Subjects and figures read off the rendered pages (pdftoppm -r 100).
 */
class ClaimSubjectFixesTest {

    @TempDir
    Path tmp;

    private static List<Claim> claimsOf(Disclosure d, int page, String startsWith, ClaimKind kind) {
        return d.statements().stream()
                .filter(s -> s.place().page() == page && s.text().startsWith(startsWith))
                .flatMap(s -> s.claims().stream()).filter(c -> c.kind() == kind).toList();
    }

    private static String subjectOfOnly(List<Claim> claims) {
        assertEquals(1, claims.size(), () -> "claims " + claims);
        return claims.get(0).subject();
    }

    /** 广州市气象局 2026 p25: (公务用车购置费0万元,…;公务用车运行维护费24.8万元,比上年减少5.45万元。)比上年减少25.05万元,下降50.3%. */
    @Test
    void changeAfterParenthesisIsOfTheAmountBeforeIt() throws Exception {
        Disclosure d = new PdfDisclosureReader().read(RealFiles.bundled("005_广州__2026年广州市气象局部门预算.pdf", tmp));
        // the statement is the whole sentence (the 。 inside the bracket does not end it); its change of 25.05 and
        // 50.3% (the 三公 total before it also fell by 25.05, by 49%)
        List<Claim> c = d.statements().stream()
                .filter(s -> s.place().page() == 25 && s.text().contains("比上年减少25.05万元"))
                .flatMap(s -> s.claims().stream())
                .filter(cl -> cl.kind() == ClaimKind.CHANGE && cl.figure("change") != null
                        && cl.figure("change").plain().equals("25.05") && cl.figure("percent") != null
                        && cl.figure("percent").plain().equals("50.3"))
                .toList();
        assertEquals("公务用车购置及运行维护费", subjectOfOnly(c));
    }

    /** 江苏省人大常委会办公厅 2017 p24: 此外,基本支出预算数为7666.68万元。与上年相比增加844.15万元,增长12.37%。 */
    @Test
    void changeAfterABudgetFigureIsOfThatSubject() throws Exception {
        Path f = RealFiles.corpusFile("jiangsu_renda_bangongting_2017_bumen_yusuan.pdf");
        assumeTrue(f != null, "shared corpus absent");
        Disclosure d = new PdfDisclosureReader().read(f);
        assertEquals("基本支出", subjectOfOnly(claimsOf(d, 24, "与上年相比增加844.15万元", ClaimKind.CHANGE)));
        // 本年支出预算合计13649.07万元,其中: 基本支出…,占56.17%; 项目支出5853.96万元,占42.89%; 单位预留机动经费128.43万元,占0.94%
        for (String item : List.of("基本支出7666.68万元", "项目支出5853.96万元", "单位预留机动经费128.43万元")) {
            List<Claim> shares = claimsOf(d, 24, item, ClaimKind.SHARE);
            assertEquals(1, shares.size(), item);
            assertEquals("本年支出预算合计", shares.get(0).attributes().get("context"), item);
        }
    }
}
