package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentIdentity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One disclosure published as two files, made by cutting the seed text export in two: the 说明 file (cover,
 * 目录, 第一部分 概况 and 第三部分 onwards: the narrative) and the 报表 file (第二部分, the tables). Its cover still
 * names a whole 单位决算公开 and its 目录 lists the tables, as the 北京 部门预算信息公开 files do.
 */
class SplitDisclosureTest {
    @TempDir
    Path dir;

    static final String TABLES_PART = "第二部分 武汉市人力资源和社会保障局 汉阳社会保险管理处2023年度单位决算表";
    static final String NARRATIVE_PART = "第三部分 武汉市人力资源和社会保障局汉阳 社会保险管理处2023年度单位决算情况说明";

    static String narrative() {
        String s = Exports.seed();
        int t = s.indexOf(TABLES_PART);
        int n = s.indexOf(NARRATIVE_PART);
        assertTrue(t > 0 && n > t, "the seed's parts");
        return s.substring(0, t) + s.substring(n);
    }

    static String tables() {
        String s = Exports.seed();
        return s.substring(s.indexOf(TABLES_PART), s.indexOf(NARRATIVE_PART));
    }

    static String show(BatchAudit.Result r) {
        return r.links().stream().map(l -> l.kind().label() + ":" + l.from() + ">" + l.to()).sorted()
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void the_two_halves_carry_narrative_and_tables() {
        DocumentIdentity n = DocumentIdentity.of(Exports.read(dir, "shuoming.txt", narrative()));
        DocumentIdentity t = DocumentIdentity.of(Exports.read(dir, "baobiao.txt", tables()));
        assertTrue(n.carriesNarrative() && !n.carriesTables(), n.toString());
        assertTrue(t.carriesTables(), t.toString());
        assertEquals(n.year(), t.year());
        assertEquals(n.name().key(), t.name().key());
    }

    @Test
    void positive_narrative_file_and_tables_file_are_parts() {
        Disclosure n = Exports.read(dir, "shuoming.txt", narrative());
        Disclosure t = Exports.read(dir, "baobiao.txt", tables());
        BatchAudit.Result r = BatchAudit.run(List.of(n, t));
        assertEquals("parts:" + t.source().file() + ">" + n.source().file(), show(r));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void negative_the_whole_disclosure_and_its_tables_again_are_republished() {
        // the whole carries all the tables file does: a republication of its tables, compared figure by figure
        Disclosure whole = Exports.read(dir, "whole.txt", Exports.seed());
        Disclosure t = Exports.read(dir, "baobiao.txt", Exports.edit(tables(), "行政运行\t872.87\t872. 87",
                "行政运行\t827.87\t827. 87"));
        BatchAudit.Result r = BatchAudit.run(List.of(t, whole));
        assertEquals("republished:" + whole.source().file() + ">" + t.source().file(), show(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.finding().rule().equals("batch.republished")), r.findings().toString());
    }

    @Test
    void negative_two_editions_of_the_narrative_are_republished() {
        Disclosure a = Exports.read(dir, "shuoming.txt", narrative());
        Disclosure b = Exports.read(dir, "shuoming2.txt", narrative() + "\n（更正稿）\n");
        assertEquals("republished:" + a.source().file() + ">" + b.source().file(), show(BatchAudit.run(List.of(a, b))));
    }
}
