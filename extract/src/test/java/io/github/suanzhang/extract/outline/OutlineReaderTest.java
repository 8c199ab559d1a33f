package io.github.suanzhang.extract.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class OutlineReaderTest {
    private static final Place P = Place.onPage(3, null);

    @Test
    void numbered_headings_and_their_levels() {
        OutlineEntry part = OutlineReader.heading("第三部分2023年度部门决算情况说明", P);
        assertEquals(1, part.level());
        assertEquals("第三部分", part.number());
        assertEquals("2023年度部门决算情况说明", part.title());
        assertEquals(2, OutlineReader.heading("一、部门主要职能", P).level());
        assertEquals(3, OutlineReader.heading("(二)机构设置", P).level());
        assertEquals(3, OutlineReader.heading("（二）机构设置", P).level());
        OutlineEntry item = OutlineReader.heading("1.2026年部门收支预算总表", P);
        assertEquals(4, item.level());
        assertEquals("2026年部门收支预算总表", item.title());
    }

    @Test
    void numbered_sentences_and_list_items_are_not_headings() {
        assertNull(OutlineReader.heading("1.提供戒毒医疗服务;", P));
        assertNull(OutlineReader.heading("一、一般公共预算财政拨款支出1,553.51万元", P));
        assertNull(OutlineReader.heading("(一)收入合计增长5%", P));
        assertNull(OutlineReader.heading("2023年度收入决算总计", P));
        assertNull(OutlineReader.heading("1.23", P));
    }

    @Test
    void a_contents_line_with_leaders_and_a_page_number() {
        Matcher m = OutlineReader.LEADER_PAGE.matcher("一、部门主要职能……………………3");
        assertEquals(true, m.matches());
        assertEquals("一、部门主要职能", m.group(1));
        assertEquals("3", m.group(2));
        assertEquals(true, OutlineReader.LEADER_PAGE.matcher("(二)机构设置.........12").matches());
        assertEquals(false, OutlineReader.LEADER_PAGE.matcher("公开08表").matches());
    }
}
