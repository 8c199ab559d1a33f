package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.layout.RealFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims read by OUR PDF reader ({@link PdfDisclosureReader}, glyphs → lines → paragraphs → sentences) from
 * the 情况说明 / 编制说明 of bundled real disclosures. Each expectation is {@code pN KIND subject role=value}
 * with the value as printed (decimals kept), read off the rendered page (pdftoppm -r 100), not from our
 * output; subjects follow docs/claims.md. Also: sentences that wrapped over lines (and were fragments before
 * the paragraph rules) come out whole with their page and a box over their lines.
 */
class PdfNarrativeClaimsTest {

    @TempDir
    Path tmp;

    private Disclosure read(String name) throws Exception {
        return new PdfDisclosureReader().read(RealFiles.bundled(name, tmp));
    }

    /** Every claim as {@code pN KIND subject role=value} for each of its figures (and once without figures). */
    private static Set<String> claims(Disclosure d) {
        Set<String> out = new TreeSet<>();
        for (Statement s : d.statements()) {
            for (Claim c : s.claims()) {
                String head = "p" + s.place().page() + " " + c.kind() + " " + (c.subject() == null ? "-" : c.subject());
                out.add(head);
                c.figures().forEach((role, a) -> out.add(head + " " + role + "=" + a.plain() + a.unit().label()));
            }
        }
        return out;
    }

    private static void expect(Disclosure d, String... expected) {
        Set<String> got = claims(d);
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (!got.contains(e)) {
                missing.add(e);
            }
        }
        assertEquals(List.of(), missing, "claims not found in " + d.source());
    }

    private static Statement statement(Disclosure d, String text) {
        return d.statements().stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + text));
    }

    // ---- 决算 -----------------------------------------------------------------------------------------

    @Test
    void putuoCaizhengju2024() throws Exception {
        Disclosure d = read("shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf");
        expect(d,
                "p22 AMOUNT 行政运行 amount=1560.05万元",
                "p22 AMOUNT 行政运行 amount=1511.89万元",
                "p22 AMOUNT 一般行政管理事务 amount=10.00万元",
                "p22 AMOUNT 信息化建设 amount=135.90万元",
                "p22 AMOUNT 信息化建设 amount=135.25万元",
                "p22 AMOUNT 财政委托业务支出 amount=450.52万元",
                "p22 AMOUNT 财政委托业务支出 amount=449.52万元",
                "p22 AMOUNT 行政单位离退休 amount=85.55万元",
                "p22 AMOUNT 行政单位离退休 amount=84.65万元",
                "p22 COMPLETION 行政单位离退休 budget=85.55万元",
                "p22 AMOUNT 机关事业单位基本养老保险缴费支出 amount=161.62万元",
                "p22 AMOUNT 机关事业单位职业年金缴费支出 amount=80.38万元",
                "p22 AMOUNT 其他行政事业单位养老支出 amount=0.94万元");
        // the ragged right margin stopped this item heading short mid-sentence: before, "(项)。…" began a new paragraph
        Statement item5 = statement(d, "5、社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)。");
        assertEquals(22, item5.place().page());
        assertTrue(item5.place().box().height() > 20, "box over two lines: " + item5.place().box());
    }

    @Test
    void putuoGuihuaziyuan2024() throws Exception {
        Disclosure d = read("shanghai_putuo_guihuaziyuan_2024_bumen_juesuan.pdf");
        expect(d,
                "p21 AMOUNT 一般公共预算财政拨款支出 amount=9746.50万元",
                "p21 SHARE 一般公共预算财政拨款支出 percent=99.86%",
                "p21 CHANGE 一般公共预算财政拨款支出 change=1193.20万元",
                "p21 AMOUNT 社会保障和就业支出 amount=754.75万元",
                "p21 SHARE 卫生健康支出 percent=2.43%",
                "p21 AMOUNT 城乡社区支出 amount=3832.36万元",
                "p21 SHARE 自然资源海洋气象等支出 percent=45.78%",
                "p21 AMOUNT 住房保障支出 amount=461.08万元",
                "p21 COMPLETION 一般公共预算财政拨款支出 budget=10210.34万元",
                "p21 COMPLETION 一般公共预算财政拨款支出 rate=95.45%",
                "p21 AMOUNT 行政单位离退休 amount=54.53万元",
                "p21 COMPLETION 行政单位离退休 rate=100.00%",
                // 主要原因:项目支出增加,较上一度增加1133.95万元 (subject was the context before)
                "p21 CHANGE 项目支出 change=1133.95万元");
        // double-spaced lines: before, every line was a paragraph and this sentence three fragments
        Statement s = statement(d, "一般公共预算财政拨款支出年初预算为10210.34万元,支出决算为9746.50万元,完成年初预算的95.45%。");
        assertEquals(21, s.place().page());
        assertTrue(s.place().box().height() > 30, "box over two lines: " + s.place().box());
        assertEquals(21, statement(d, "(三)一般公共预算财政拨款支出决算具体情况").place().page());
    }

    @Test
    void putuoShehuigongzuobu2024() throws Exception {
        Disclosure d = read("shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf");
        expect(d,
                "p17 AMOUNT 本年支出合计 amount=307.82万元",
                "p17 SHARE 基本支出 percent=34.30%",
                "p17 AMOUNT 项目支出 amount=202.24万元",
                "p18 CHANGE 一般公共预算财政拨款支出 change=307.82万元",
                "p18 CHANGE 一般公共预算财政拨款支出 percent=100.00%",
                "p18 AMOUNT 一般公共服务支出 amount=264.87万元",
                "p18 SHARE 社会保障和就业支出 percent=3.52%",
                "p18 AMOUNT 卫生健康支出 amount=2.71万元",
                "p18 AMOUNT 住房保障支出 amount=29.42万元",
                "p18 COMPLETION 一般公共预算财政拨款支出 rate=95.89%",
                "p18 AMOUNT 行政运行 amount=52.00万元",
                "p18 AMOUNT 行政运行 amount=51.32万元",
                "p18 COMPLETION 行政运行 rate=98.69%",
                "p18 AMOUNT 事业运行 amount=17.68万元",
                "p18 AMOUNT 事业运行 amount=11.31万元");
        // the sentence starts at the foot of p17 ("…占本年支出合计的" / p18 "100.00%。") and is placed on p17
        assertEquals(17, statement(d, "一般公共预算财政拨款支出307.82万元,占本年支出合计的100.00%。").place().page());
    }

    // ---- 预算 -----------------------------------------------------------------------------------------

    @Test
    void shenzhenCaizhengju2026() throws Exception {
        Disclosure d = read("shenzhen_caizhengju_2026_bumen_yusuan.pdf");
        expect(d,
                "p7 AMOUNT - amount=37385.88万元",
                "p7 AMOUNT 在职人员经费 amount=8009.83万元",
                "p7 AMOUNT 公用经费 amount=1466.93万元",
                "p7 AMOUNT 对个人和家庭补助支出 amount=1066.96万元",
                "p7 AMOUNT 增人增资 amount=480.59万元",
                "p7 AMOUNT 项目支出 amount=26361.57万元",
                "p7 AMOUNT 预决算管理业务 amount=18808.16万元");
        // five lines, one sentence (before: five statements)
        Statement s = statement(d, "深圳市财政局(本级)预算37,385.88万元,包括在职人员经费8,009.83万元、公用经费1,466.93万元、"
                + "对个人和家庭的补助支出1,066.96万元、增人增资480.59万元、项目支出26,361.57万元。");
        assertEquals(7, s.place().page());
    }

    @Test
    void chongqingShangwuwei2026() throws Exception {
        Disclosure d = read("chongqing_shangwuwei_2026_bumen_yusuan.pdf");
        expect(d,
                "p4 AMOUNT 一般公共预算财政拨款收入 amount=101833.84万元",
                "p4 CHANGE 一般公共预算财政拨款支出 change=7885.67万元",
                "p4 AMOUNT 基本支出 amount=43436.09万元",
                "p4 CHANGE 基本支出 change=4245.49万元",
                "p4 AMOUNT 项目支出 amount=58397.75万元",
                "p4 CHANGE 项目支出 change=12131.16万元",
                "p4 AMOUNT 政府性基金预算财政拨款收入 amount=41534.73万元",
                "p4 CHANGE 政府性基金预算支出 change=80165.27万元",
                "p4 AMOUNT 三公经费 amount=890.97万元",
                "p4 AMOUNT 因公出国(境)费用 amount=552万元",
                "p4 AMOUNT 公务接待费 amount=121.07万元");
    }

    @Test
    void guangzhouQixiang2026() throws Exception {
        Disclosure d = read("005_广州__2026年广州市气象局部门预算.pdf");
        expect(d,
                "p25 AMOUNT 收入 amount=7651.71万元",
                "p25 CHANGE 收入 change=458.14万元",
                "p25 CHANGE 收入 percent=5.6%",
                "p25 AMOUNT 支出 amount=7651.71万元",
                "p25 CHANGE 支出 percent=5.6%",
                "p25 AMOUNT 因公出国(境)费 amount=0万元",
                "p25 AMOUNT 公务用车运行维护费 amount=24.8万元",
                // the bracketed aside (…5.45万元。) no longer ends the sentence nor lends its subject
                "p25 CHANGE 公务用车购置费 change=19.6万元",
                "p25 CHANGE 公务用车运行维护费 change=5.45万元",
                "p25 CHANGE 公务用车购置及运行维护费 change=25.05万元",
                "p25 CHANGE 公务用车购置及运行维护费 percent=50.3%",
                "p25 BREAKDOWN 财政拨款安排三公经费 公务接待费=1.31万元");
    }

    @Test
    void shanghaiTongji2026() throws Exception {
        Disclosure d = read("001_上海__2026年上海市统计局_部门预算.pdf");
        expect(d,
                "p6 AMOUNT 财政拨款收入 amount=2605万元",
                "p6 CHANGE 财政拨款收入 change=12万元",
                "p6 AMOUNT 其他收入 amount=11万元",
                "p6 AMOUNT 一般公共服务支出 amount=2172万元",
                "p6 AMOUNT 社会保障和就业支出 amount=260万元",
                "p6 AMOUNT 卫生健康支出 amount=102万元",
                "p6 AMOUNT 住房保障支出 amount=71万元",
                // 政府性基金拨款支出预算为0;国有资本经营预算拨款支出预算为0。(no unit)
                "p6 AMOUNT 政府性基金拨款支出 amount=0元",
                "p6 AMOUNT 国有资本经营预算拨款支出 amount=0元");
    }

    @Test
    void suzhouShenjiju2026() throws Exception {
        Disclosure d = read("suzhou_shenjiju_2026_bumen_yusuan.pdf");
        expect(d,
                "p23 AMOUNT 收入、支出预算总计 amount=4651.67万元",
                "p23 CHANGE 收、支预算总计 change=47.15万元",
                "p23 CHANGE 收、支预算总计 percent=1.02%",
                "p23 AMOUNT 本年收入合计 amount=4651.67万元",
                "p23 AMOUNT 一般公共预算拨款收入 amount=4651.67万元",
                "p23 CHANGE 一般公共预算拨款收入 change=47.15万元",
                "p23 AMOUNT 政府性基金预算拨款收入 amount=0万元",
                // 一般公共服务支出(类)支出2,906.63万元 (subject was 一般公共服务支出支出)
                "p23 AMOUNT 一般公共服务支出 amount=2906.63万元");
        // the running head 苏州市审计局2026年度部门预算公开 is on no statement of the 情况说明 (pp. 23–31); before, it
        // ran into the last line of p23 ("…主要用于苏州市审计局2026年度部门预算公开")
        assertTrue(d.statements().stream().filter(s -> s.place().page() >= 23)
                .noneMatch(s -> s.text().contains("部门预算公开")), "running head in a statement");
    }
}
