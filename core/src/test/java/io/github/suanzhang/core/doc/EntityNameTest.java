package io.github.suanzhang.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are invented (bodies of a made-up 江湾区 of 东海市), in the shapes the corpus prints. */
class EntityNameTest {
    static EntityName n(String s) {
        return EntityName.parse(s, null);
    }

    @Test
    void full_and_short_names_of_one_body_agree() {
        EntityName full = n("东海市江湾区司法局");
        assertEquals(List.of("东海市", "江湾区"), full.regions());
        assertEquals("司法局", full.local());
        assertEquals("江湾区/司法局", full.key());
        assertTrue(full.sameBody(n("江湾区司法局")));
        // "区司法局" inside a document of 东海市江湾区: the bare level stands for the region
        EntityName bare = EntityName.parse("区司法局", "东海市江湾区");
        assertEquals("司法局", bare.local());
        assertTrue(full.sameBody(bare));
    }

    @Test
    void other_regions_and_other_bodies_differ() {
        assertFalse(n("东海市江湾区司法局").sameBody(n("东海市司法局")));
        assertFalse(n("东海市江湾区司法局").sameBody(n("东海市北塘区司法局")));
        assertFalse(n("东海市司法局").sameBody(n("东海市审计局")));
    }

    @Test
    void words_that_begin_with_a_level_character_are_kept() {
        EntityName m = n("东海市市场监督管理局");
        assertEquals("市场监督管理局", m.local());
        assertEquals("城市管理和综合执法局", n("东海市城市管理和综合执法局").local());
        assertEquals("区域发展服务中心", EntityName.parse("区域发展服务中心", "东海市江湾区").local());
    }

    @Test
    void party_prefixes_are_one() {
        EntityName a = n("中国共产党东海市委员会宣传部");
        EntityName b = n("中共东海市委宣传部");
        assertTrue(a.party());
        assertEquals("委宣传部", a.local());
        assertTrue(a.sameBody(b));
        assertTrue(a.sameBody(n("东海市委宣传部")));
        // a commission named 委员会 is not a party committee
        assertEquals("卫生健康委员会", n("东海市卫生健康委员会").local());
        assertEquals("委社会工作部", n("中共东海市江湾区委社会工作部").local());
    }

    @Test
    void government_bodies_are_one_however_written() {
        assertTrue(n("东海市人民政府办公厅").sameBody(n("东海市政府办公厅")));
    }

    @Test
    void a_name_that_is_only_a_region_names_no_body() {
        EntityName r = n("东海市江湾区");
        assertFalse(r.usable());
        assertFalse(r.sameBody(n("东海市江湾区")));
    }

    @Test
    void title_leftovers_and_aliases_are_dropped() {
        assertEquals("信访办公室", n("东海市信访办公室部门").local());
        assertEquals("统计研究院", n("东海市统计研究院（东海市统计数据中心）").local());
    }

    @Test
    void units_of_a_department() {
        EntityName dept = n("东海市教育局");
        EntityName own = n("东海市教育局（本级）");
        assertTrue(own.own());
        assertEquals("own", own.unitOf(dept));
        assertEquals("prefix", n("东海市教育局江湾教学研究室").unitOf(dept));
        EntityName sub = n("东海市司法局所属戒毒康复中心");
        assertEquals("司法局", sub.parent());
        assertEquals("parent", sub.unitOf(n("东海市司法局")));
        assertNull(n("东海市教育考试院").unitOf(dept));
        assertNull(n("北塘市教育局青年中心").unitOf(dept), "another city's");
        assertNull(dept.unitOf(dept), "a department is not its own unit by name");
    }

    @Test
    void full_institutional_names_and_their_short_forms_agree() {
        EntityName full = n("东海省人民代表大会常务委员会办公厅");
        assertEquals("人大常委会办公厅", full.local());
        assertTrue(full.sameBody(n("东海省人大常委会办公厅")));
        assertTrue(full.sameBody(n("东海省人大常务委员会办公厅")));
        assertFalse(full.sameBody(n("东海省政协办公厅")), "another body");
        EntityName cppcc = n("中国人民政治协商会议东海省委员会办公厅");
        assertEquals(List.of("东海省"), cppcc.regions());
        assertEquals("政协办公厅", cppcc.local());
        assertTrue(cppcc.sameBody(n("东海省政协办公厅")));
        assertFalse(cppcc.sameBody(n("东海省委办公厅")), "the party committee's office is another body");
    }

    @Test
    void a_district_governments_street_office_is_the_street() {
        EntityName full = n("东海市江湾区人民政府临江街道办事处");
        assertEquals("临江街道", full.local());
        assertTrue(full.sameBody(n("东海市江湾区临江街道办事处")));
        assertTrue(full.sameBody(EntityName.parse("临江街道", "东海市江湾区")));
        assertFalse(full.sameBody(n("东海市江湾区北塘街道办事处")));
        // the government's own office keeps its name
        assertEquals("政府办公室", n("东海市江湾区人民政府办公室").local());
        assertFalse(n("东海市江湾区人民政府办公室").sameBody(n("东海市江湾区办公室")));
    }
}
