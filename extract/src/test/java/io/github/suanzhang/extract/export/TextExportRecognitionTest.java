package io.github.suanzhang.extract.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Scope;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text exports go through the same recognition as PDFs: invented exports of each shape. */
class TextExportRecognitionTest {

    private static DocumentInfo read(String text) {
        return new TextExportReader().read(text.getBytes(StandardCharsets.UTF_8), "x.txt").document();
    }

    @Test
    void governmentReportIsGovernmentScope() {
        DocumentInfo info = read("""
                关于某某市2030年预算执行情况
                与2031年预算草案的报告
                ——2031年1月5日在某某市第十届人民代表大会第三次会议上

                各位代表：
                受市人民政府委托，现将某某市2030年预算执行情况和2031年预算草案提请大会审查。
                """);
        assertEquals(Scope.GOVERNMENT, info.scope());
        assertEquals(DocumentType.BUDGET, info.type());
        assertEquals(2031, info.year());
        assertEquals(DocumentKind.DISCLOSURE, info.kind());
    }

    @Test
    void 部门综合预算() {
        DocumentInfo info = read("""
                某某市园林局2031年部门综合预算

                目录
                第一部分 部门概况
                第一部分 部门概况
                一、主要职能
                """);
        assertEquals(Scope.DEPARTMENT, info.scope());
        assertEquals(DocumentType.BUDGET, info.type());
        assertEquals(2031, info.year());
        assertEquals("某某市园林局", info.entity());
    }

    @Test
    void aNoticeIsNotADisclosure() {
        DocumentInfo info = read("""
                某某市财政局关于做好2031年部门预算编制工作的通知
                各预算单位：
                为做好2031年部门预算编制工作，现将有关事项通知如下。
                """);
        assertEquals(DocumentKind.NOT_A_DISCLOSURE, info.kind());
        assertEquals("通知", info.genre());
        assertEquals(DocumentType.UNKNOWN, info.type());
    }
}
