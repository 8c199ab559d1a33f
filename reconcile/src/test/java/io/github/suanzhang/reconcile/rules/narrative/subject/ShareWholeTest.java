package io.github.suanzhang.reconcile.rules.narrative.subject;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeShareRule;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareWholeTest {
    private static ShareWhole.Whole whole(Disclosure d, int statement) {
        Statement s = d.statements().get(statement);
        Claim c = s.claims().stream().filter(x -> x.kind() == ClaimKind.SHARE).findFirst().orElseThrow();
        return ShareWhole.of(d.statements(), statement, c, SubjectIndex.of(d));
    }

    /** 本年支出合计100万元,其中: 基本支出60万元,占60%; 项目支出40万元,占40%。 */
    private static Disclosure headedList(String second) {
        return Fixture.disclosure()
                .statement("本年支出合计100.00万元,其中:", amount("本年支出合计", null, "100.00"))
                .statement("基本支出60.00万元,占60%;", amount("基本支出", null, "60.00"), share("基本支出", "60.00", "60", null, "本年支出合计"))
                .statement("项目支出40.00万元,占" + second + "%。", amount("项目支出", null, "40.00"),
                        share("项目支出", "40.00", second, null, "基本支出"))
                .build();
    }

    @Test
    void 整体是列表之首_不是上一项() {
        Disclosure d = headedList("40");
        assertEquals("本年支出合计", whole(d, 1).name());
        // the reader left 基本支出 (the previous item, with a share of its own) as 项目支出's context: the whole
        // is the previous item's whole
        assertEquals("本年支出合计", whole(d, 2).name());
        assertEquals(List.of(), new NarrativeShareRule().check(d).filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void 列表之首找到后_不符仍报错() {
        Disclosure d = headedList("45");
        List<Finding> fs = new NarrativeShareRule().check(d).toList();
        assertEquals(List.of(Severity.ERROR), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).match().how().startsWith("whole-head-of-list"), fs.get(0).match().toString());
    }

    @Test
    void 并列列举中的一项不是整体_不核对() {
        // 1.按支出功能分类,包括A支出60万元、B支出40万元。 2.按支出用途分类,包括人员支出30万元,占30%;
        Disclosure d = Fixture.disclosure()
                .statement("1.按支出功能分类,包括甲支出60.00万元、乙支出40.00万元。",
                        new Claim(ClaimKind.AMOUNT, "包括甲支出60.00万元", "甲支出", null, java.util.Map.of("amount", Fixture.wan("60.00")), null, null, java.util.Map.of(), null),
                        new Claim(ClaimKind.AMOUNT, "乙支出40.00万元", "乙支出", null, java.util.Map.of("amount", Fixture.wan("40.00")), null, null, java.util.Map.of(), null))
                .statement("2.按支出用途分类,包括人员支出30.00万元,占30%;", amount("人员支出", null, "30.00"),
                        share("人员支出", "30.00", "30", null, "甲支出"))
                .statement("日常公用支出10.00万元,占10%;", amount("日常公用支出", null, "10.00"),
                        share("日常公用支出", "10.00", "10", null, "人员支出"))
                .build();
        assertEquals("no-whole", whole(d, 1).reason());
        assertEquals("no-whole", whole(d, 2).reason(), "up the list to 人员支出, whose whole is no whole");
        List<Finding> fs = new NarrativeShareRule().check(d).toList();
        assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.INFO && f.match().notCheckable()), fs.toString());
        assertEquals(2, fs.size());
    }

    @Test
    void 明示的基数照用() {
        Disclosure d = Fixture.disclosure()
                .statement("基本支出60.00万元,占本年支出合计的60%。", amount("基本支出", null, "60.00"),
                        share("基本支出", "60.00", "60", "本年支出合计", "别的"))
                .build();
        assertEquals("本年支出合计", whole(d, 0).name());
    }
}
