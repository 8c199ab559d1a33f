package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.narrative.ChangeDirectionRuleTest.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Claims;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented sentences (figures invented): a whole with its change, then its parts with theirs. */
class PartsChangeRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new PartsChangeRule().check(d).toList();
    }

    private static Fixture.DisclosureBuilder budget() {
        return Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT);
    }

    /** {@code 名称X万元,比上年增加/减少Y万元} as the reader gives it: an AMOUNT and a CHANGE of one subject. */
    private static Claim[] stated(String subject, String current, Direction d, String delta) {
        String words = subject + current + "万元,比上年" + (d == Direction.UP ? "增加" : "减少") + delta + "万元";
        return new Claim[] {Claims.amount(subject, null, current), change(words, subject, d, current, delta, null)};
    }

    private static Disclosure car(Direction buy, String buyDelta, Direction run, String runDelta, String whole, Direction wholeDir, String wholeDelta) {
        Claim[] w = stated("公务用车购置及运行费", whole, wholeDir, wholeDelta);
        Claim[] b = stated("公务用车购置费", "20.00", buy, buyDelta);
        Claim[] r = stated("公务用车运行费", "8.25", run, runDelta);
        return budget()
                .statement("(二)公务用车购置及运行费" + whole + "万元,比上年" + word(wholeDir) + wholeDelta + "万元。", w)
                .statement("其中:公务用车购置费20.00万元,比上年" + word(buy) + buyDelta + "万元;公务用车运行费8.25万元,比上年"
                        + word(run) + runDelta + "万元。", b[0], r[0], b[1], r[1])
                .build();
    }

    private static String word(Direction d) {
        return d == Direction.UP ? "增加" : "减少";
    }

    @Test
    void 分项增减相加等于总数() {
        // 20.00 − 5.75 = 14.25
        assertEquals(List.of(), run(car(Direction.UP, "20.00", Direction.DOWN, "5.75", "28.25", Direction.UP, "14.25")));
    }

    @Test
    void 分项增减额与总数不符() {
        // 20.00 − 6.33 = 13.67 ≠ 14.25 (a changed amount): no single word explains it
        List<Finding> fs = run(car(Direction.UP, "20.00", Direction.DOWN, "6.33", "28.25", Direction.UP, "14.25"));
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("13.67", f.figures().get("computed").plain());
        assertEquals("6.33", f.figures().get("part2").plain());
        assertEquals(2, f.evidence().size(), "the whole's sentence and the parts'");
    }

    @Test
    void 方向词读反才相符() {
        // 20.00 + 5.75 ≠ 14.25, 20.00 − 5.75 = 14.25: the 增加 of 运行费 contradicts the figures
        List<Finding> fs = run(car(Direction.UP, "20.00", Direction.UP, "5.75", "28.25", Direction.UP, "14.25"));
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("公务用车运行费8.25万元,比上年增加5.75万元"), fs.get(0).message());
    }

    @Test
    void 分项不全不判() {
        // 20.00 + 8.25 ≠ 30.00: the parts named are not the whole list (each could be right)
        assertEquals(List.of(), run(car(Direction.UP, "20.00", Direction.DOWN, "6.33", "30.00", Direction.UP, "14.25")));
    }

    @Test
    void 分项缺增减额或基数不同不判() {
        Claim[] w = stated("三公经费", "30.00", Direction.DOWN, "4.00");
        Claim[] a = stated("因公出国(境)费", "10.00", Direction.DOWN, "1.00");
        Disclosure noChange = budget()
                .statement("三公经费30.00万元,比上年减少4.00万元。", w)
                .statement("因公出国(境)费10.00万元,比上年减少1.00万元;公务接待费20.00万元。", a[0], a[1], Claims.amount("公务接待费", null, "20.00"))
                .build();
        assertEquals(List.of(), run(noChange), "公务接待费 has no stated change");
        Claim other = new Claim(io.github.suanzhang.core.doc.ClaimKind.CHANGE, "公务接待费20.00万元,比上年执行数减少1.00万元", "公务接待费", null,
                Map.of("after", ChangeDirectionRuleTest.wan("20.00"), "change", ChangeDirectionRuleTest.wan("1.00")), Direction.DOWN, 2025,
                Map.of("base", "上年执行数"), null);
        Disclosure otherBase = budget()
                .statement("三公经费30.00万元,比上年减少4.00万元。", w)
                .statement("因公出国(境)费10.00万元,比上年减少1.00万元;公务接待费20.00万元,比上年执行数减少1.00万元。", a[0], a[1],
                        Claims.amount("公务接待费", null, "20.00"), other)
                .build();
        assertEquals(List.of(), run(otherBase), "another comparison base");
    }

    @Test
    void 零项使两种长度都相符时都不符才报() {
        // 30.00 = 10.00 + 20.00 = 10.00 + 20.00 + 0: the third (0万元, 减少4.00) makes the list add up: not reported
        Claim[] w = stated("三公经费", "30.00", Direction.DOWN, "2.00");
        Claim[] a = stated("因公出国(境)费", "10.00", Direction.UP, "1.00");
        Claim[] b = stated("公务接待费", "20.00", Direction.UP, "1.00");
        Claim[] c = stated("公务用车购置费", "0", Direction.DOWN, "4.00");
        Disclosure d = budget()
                .statement("三公经费30.00万元,比上年减少2.00万元。", w)
                .statement("因公出国(境)费10.00万元,比上年增加1.00万元;公务接待费20.00万元,比上年增加1.00万元;公务用车购置费0万元,比上年减少4.00万元。",
                        a[0], b[0], c[0], a[1], b[1], c[1])
                .build();
        assertEquals(List.of(), run(d));
    }

    @Test
    void 零项可能嵌套不判() {
        // 100.00 = 90.00 + 0 + 0 + 0 + 10.00, but the first 0 (减少30.00) is the whole of the next two (减少10.00, 减少20.00)
        Claim[] w = stated("三公经费", "100.00", Direction.DOWN, "35.00");
        Claim[] a = stated("因公出国(境)费", "90.00", Direction.UP, "0.00");
        Claim[] c = stated("公务用车购置及运行费", "0", Direction.DOWN, "30.00");
        Claim[] c1 = stated("公务用车购置费", "0", Direction.DOWN, "10.00");
        Claim[] c2 = stated("公务用车运行费", "0", Direction.DOWN, "20.00");
        Claim[] b = stated("公务接待费", "10.00", Direction.DOWN, "5.00");
        Disclosure d = budget()
                .statement("三公经费100.00万元,比上年减少35.00万元。", w)
                .statement("其中:因公出国(境)费90.00万元,比上年增加0.00万元;公务用车购置及运行费0万元(公务用车购置费0万元,比上年减少10.00万元;"
                        + "公务用车运行费0万元,比上年减少20.00万元)比上年减少30.00万元;公务接待费10.00万元,比上年减少5.00万元。",
                        a[0], c[0], c1[0], c2[0], b[0], a[1], c[1], c1[1], c2[1], b[1])
                .build();
        assertEquals(List.of(), run(d));
    }
}
