package io.github.suanzhang.reconcile.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import java.util.ArrayList;
import java.util.List;
import io.github.suanzhang.testdata.Fixture;
import org.junit.jupiter.api.Test;

class ContentsRuleTest {
    private static OutlineEntry toc(String number, String title, Integer listed) {
        return new OutlineEntry(OutlineEntry.Kind.CONTENTS, number.isEmpty() ? 0 : 2, number, title, Place.onPage(2, null), listed);
    }

    private static OutlineEntry heading(String number, String title, int page) {
        return new OutlineEntry(OutlineEntry.Kind.HEADING, 2, number, title, Place.onPage(page, null), null);
    }

    private static Disclosure doc(List<OutlineEntry> outline, List<Problem> problems) {
        Disclosure d = Fixture.disclosure().build();
        List<Statement> ss = new ArrayList<>();
        for (OutlineEntry h : outline) {
            if (h.kind() == OutlineEntry.Kind.HEADING) {
                ss.add(new Statement(h.text(), null, h.place(), List.of()));
            }
        }
        return new Disclosure(d.source(), d.document(), d.tables(), ss, problems, outline);
    }

    private static List<OutlineEntry> body() {
        return List.of(heading("一、", "测试中心主要职能", 3), heading("二、", "机构设置", 4),
                heading("三、", "收入支出决算总体情况说明", 5), heading("四、", "名词解释", 9), heading("五、", "决算公开联系方式", 10));
    }

    @Test
    void an_entry_missing_from_the_body() {
        List<OutlineEntry> o = new ArrayList<>(List.of(toc("一、", "单位主要职能", null), toc("二、", "机构设置", null),
                toc("三、", "收入支出决算总体情况说明", null), toc("四、", "政府采购支出情况说明", null)));
        o.addAll(body());
        List<Finding> fs = new ContentsRule().check(doc(o, List.of())).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("政府采购支出情况说明"));
    }

    @Test
    void a_wrong_page_number() {
        List<OutlineEntry> o = new ArrayList<>(List.of(toc("一、", "测试中心主要职能", 1), toc("二、", "机构设置", 2),
                toc("三、", "收入支出决算总体情况说明", 3), toc("四、", "名词解释", 5), toc("五、", "决算公开联系方式", 8)));
        o.addAll(body());
        List<Finding> fs = new ContentsRule().check(doc(o, List.of())).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("应为7"), fs.get(0).message());
    }

    @Test
    void agreeing_contents_and_unreadable_documents_are_not_judged() {
        List<OutlineEntry> o = new ArrayList<>(List.of(toc("一、", "单位主要职能", 1), toc("二、", "机构设置", 2),
                toc("三、", "收入支出决算总体情况说明", 3), toc("四、", "名词解释", 7), toc("五、", "决算公开联系方式", 8)));
        o.addAll(body());
        assertEquals(List.of(), new ContentsRule().check(doc(o, List.of())).toList());
        List<OutlineEntry> missing = new ArrayList<>(o);
        missing.add(0, toc("六、", "政府采购支出情况说明", 9));
        assertEquals(List.of(), new ContentsRule().check(doc(missing,
                List.of(new Problem(ProblemKind.NO_TEXT_LAYER, "第6页没有文字层", Place.onPage(6, null))))).toList());
        // most entries not found: the reading failed, not the document
        List<OutlineEntry> lost = List.of(toc("一、", "甲乙丙丁", null), toc("二、", "戊己庚辛", null), toc("三、", "壬癸子丑", null),
                heading("一、", "测试中心主要职能", 3));
        assertEquals(List.of(), new ContentsRule().check(doc(lost, List.of())).toList());
    }
}
