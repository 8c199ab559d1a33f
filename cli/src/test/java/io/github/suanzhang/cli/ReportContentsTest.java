package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.runner.Status;
import io.github.suanzhang.testdata.Fixture;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline as a navigable contents list on a document's report page (issue 15). */
class ReportContentsTest {
    @TempDir
    Path tmp;

    private static OutlineEntry heading(int level, String number, String title, int page) {
        return new OutlineEntry(OutlineEntry.Kind.HEADING, level, number, title, Place.onPage(page, new Box(50, 80, 300, 95)), null);
    }

    private static String page(Disclosure d, Path pagesDir) throws IOException {
        SummaryRow row = new SummaryRow("x.pdf", Status.OK, "", 9, d.tables().size(), 0, 0, 0, 0, "", "0.1", "x", "", null);
        StringWriter w = new StringWriter();
        HtmlReport.fragment(row, new Audit(d, List.of()), null, Baseline.NONE, pagesDir, w);
        return w.toString();
    }

    private static Disclosure withOutline(List<OutlineEntry> outline) {
        Disclosure d = Fixture.disclosure()
                .table(Fixture.table("t03", TableKind.FINAL_GOVERNMENT_FUND, "code", "name", "total").title("政府性基金预算财政拨款收入支出决算表").page(7).build())
                .build();
        return new Disclosure(d.source(), d.document(), d.tables(), d.statements(), d.problems(), outline);
    }

    @Test
    void headings_are_listed_by_level_with_links_to_pictures_and_tables() throws IOException {
        Path pages = tmp.resolve("pages/x");
        Files.createDirectories(pages);
        Files.write(pages.resolve("3.png"), new byte[] {1});
        String html = page(withOutline(List.of(
                heading(1, "第一部分", "部门概况", 3),
                heading(2, "一、", "主要职能", 3),
                heading(1, "第二部分", "决算报表", 7),
                heading(3, "(一)", "收入支出决算总体情况说明", 8))), pages);
        assertTrue(html.contains("目录（正文标题，4项）"), html);
        assertTrue(html.contains("<li class=\"lv1\">第一部分部门概况 <a class=\"place\" href=\"pages/x/3.png\">第3页</a></li>"), html);
        assertTrue(html.contains("<li class=\"lv2\">一、主要职能 <a class=\"place\" href=\"pages/x/3.png\">"), html);
        // no picture of page 7, but the table that starts there
        assertTrue(html.contains("第二部分决算报表 <a class=\"place\" href=\"#t-t03\">第7页</a>"), html);
        assertTrue(html.contains("id=\"t-t03\""), "the anchor exists");
        // neither a picture nor a table: the page, not linked
        assertTrue(html.contains("<li class=\"lv3\">(一)收入支出决算总体情况说明 <span class=\"place\">第8页</span></li>"), html);
    }

    @Test
    void the_printed_contents_when_no_heading_was_read_and_nothing_without_an_outline() throws IOException {
        OutlineEntry line = new OutlineEntry(OutlineEntry.Kind.CONTENTS, 2, "一、", "部门主要职能", Place.onPage(2, null), 1);
        String html = page(withOutline(List.of(line)), null);
        assertTrue(html.contains("目录（文件所印目录，1项）"), html);
        assertTrue(html.contains("一、部门主要职能 <span class=\"listed\">…… 1</span>"), html);
        String none = page(withOutline(List.of()), null);
        assertFalse(none.contains("class=\"contents\""), none);
        assertEquals(-1, none.indexOf("目录（"));
    }
}
