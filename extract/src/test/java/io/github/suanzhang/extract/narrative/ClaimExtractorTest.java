package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimText.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single rules of {@link ClaimExtractor}, positive and negative. */
class ClaimExtractorTest {

    @Test
    void spacedFiguresAreReadAsOneNumberWithTheirPrecisionAndRaw() {
        List<Claim> claims = ClaimExtractor.extract("年初预算为917. 66万元,完成年初预算的95. 1%。", Place.atLine(384),
                new Context("行政运行", null, java.util.Map.of(), true));
        Claim amount = claims.stream().filter(c -> c.kind() == io.github.suanzhang.core.doc.ClaimKind.AMOUNT).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("917.66").compareTo(amount.figure("amount").value()));
        assertEquals(2, amount.figure("amount").decimals());
        assertEquals(Unit.TEN_THOUSAND_YUAN, amount.figure("amount").unit());
        assertEquals("917.66万元", amount.figure("amount").raw());
        assertEquals(Place.atLine(384), amount.place());
    }

    @Test
    void datesAndThresholdsAreNotClaims() {
        check("截至2023年12月31日,无单价100万元(含)以上设备。");
        check("截至2025年底,无车辆。");
        check("拟从2020年起,由我局申请400.00万元以上基本建设项目的可行性研究报告评审经费。",
                "YEAR_REFERENCE - 2020");
    }

    @Test
    void directionWordsInsideAStatedReasonAreNotComparisons() {
        check("减少主要原因是年中有职工退休,减少相应支出。", new Context("住房公积金", null, java.util.Map.of(), true),
                "DIRECTION 住房公积金 DOWN {context=住房公积金, role=reason, word=减少}");
        check("下一步改进措施:1、合理安排咨询热线工作时间,提高接通率。");
    }

    @Test
    void aShareWithoutABaseLeavesOfAbsent() {
        check("其他收入6.2万元,占0.21%。",
                "AMOUNT 其他收入 amount=6.2万元 {measure=收入}",
                "SHARE 其他收入 amount=6.2万元 percent=0.21%");
    }

    /** 上海市统计局 2026 p6: a zero without a unit is an amount of nothing (read as 0元, 0 decimals). */
    @Test
    void aZeroWithoutAUnitIsAZeroAmount() {
        check("政府性基金拨款支出预算为0;",
                "AMOUNT 政府性基金拨款支出 amount=0元 {measure=预算}");
        check("国有资本经营预算拨款支出预算为0。",
                "AMOUNT 国有资本经营预算拨款支出 amount=0元 {measure=预算}");
        Claim zero = ClaimExtractor.extract("上年结转结余为0。", Place.UNKNOWN).get(0);
        assertEquals(0, zero.figure("amount").decimals());
        assertEquals(Unit.YUAN, zero.figure("amount").unit());
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.figure("amount").value()));
        // a rate, a ratio, an item number or a figure with more digits is not the unit-less zero
        check("执行率为0。");
        check("占比为0。");
        check("项目数为10。");
        check("支出为0.5。");
    }

    /** 普陀规划资源局 2024 p21: the change's subject is the figureless change just before it, not the context. */
    @Test
    void aChangeAfterAFigurelessChangeIsAboutItsSubject() {
        check("主要原因:项目支出增加,较上一度增加1133.95万元,主要由于办公大楼装修等。",
                new Context("一般公共预算财政拨款支出", null, java.util.Map.of(), false),
                "CHANGE 项目支出 change=1133.95万元 UP {base=上一度}");
        // without such a clause the context stays
        check("较上年增加1133.95万元。", new Context("一般公共预算财政拨款支出", null, java.util.Map.of(), false),
                "CHANGE 一般公共预算财政拨款支出 change=1133.95万元 UP {base=上年, context=一般公共预算财政拨款支出}",
                "DIRECTION 一般公共预算财政拨款支出 UP {base=上年, context=一般公共预算财政拨款支出, role=comparison, word=增加}");
    }

    /**
     * 广州市气象局 2026 p25: an aside in brackets with figures of its own reads as clauses; the change after it is
     * about the amount before it, and the aside's parts are not items of the list the sentence opens.
     */
    @Test
    void anAsideWithFiguresIsReadAsClausesOfItsOwn() {
        check("其中:因公出国(境)费0万元;公务用车购置及运行维护费24.8万元(公务用车购置费0万元,比上年减少19.6万元;"
                        + "公务用车运行维护费24.8万元,比上年减少5.45万元。)比上年减少25.05万元,下降50.3%;公务接待费1.31万元。",
                new Context("三公经费", Amount.of("26.11", Unit.TEN_THOUSAND_YUAN), java.util.Map.of(), false),
                "AMOUNT 因公出国(境)费 amount=0万元",
                "AMOUNT 公务用车购置及运行维护费 amount=24.8万元",
                "AMOUNT 公务用车购置费 amount=0万元",
                "AMOUNT 公务用车运行维护费 amount=24.8万元",
                "AMOUNT 公务接待费 amount=1.31万元",
                "CHANGE 公务用车购置费 after=0万元 change=19.6万元 DOWN {base=上年}",
                "CHANGE 公务用车运行维护费 after=24.8万元 change=5.45万元 DOWN {base=上年}",
                "CHANGE 公务用车购置及运行维护费 after=24.8万元 change=25.05万元 percent=50.3% DOWN {base=上年}",
                "DIRECTION 公务用车购置费 DOWN {base=上年, role=comparison, word=减少}",
                "DIRECTION 公务用车运行维护费 DOWN {base=上年, role=comparison, word=减少}",
                "DIRECTION 公务用车购置及运行维护费 DOWN {base=上年, role=comparison, word=减少}",
                "DIRECTION 公务用车购置及运行维护费 DOWN {base=上年, role=comparison, word=下降}",
                "BREAKDOWN 三公经费 total=26.11万元 因公出国(境)费=0万元 公务用车购置及运行维护费=24.8万元 公务接待费=1.31万元 {context=三公经费}");
        // a bracket with a figure but no clause of its own is a qualifier, not an aside (深圳市生态环境局 2026 p26):
        // the amount after it is not handed to the context, and stays an item of the list
        List<Claim> q = ClaimExtractor.extract("主要包括:区域空间生态环境评价项目(7个街道)285.97万元,主要用于开展评价工作;"
                + "大气环境质量提升工作100万元。", Place.UNKNOWN,
                new Context("区财政安排项目", Amount.of("1300.00", Unit.TEN_THOUSAND_YUAN), java.util.Map.of(), false));
        Claim amount = q.stream().filter(c -> c.kind() == ClaimKind.AMOUNT && c.figure("amount").value().compareTo(new BigDecimal("285.97")) == 0)
                .findFirst().orElseThrow();
        assertTrue(!amount.attributes().containsKey("context"), "285.97万元 given the context: " + amount);
        Claim list = q.stream().filter(c -> c.kind() == ClaimKind.BREAKDOWN).findFirst().orElseThrow();
        assertTrue(list.figures().values().stream().anyMatch(f -> f.value().compareTo(new BigDecimal("285.97")) == 0),
                "285.97万元 not an item: " + list);
        // a bracket without figures is no aside
        check("一般公共服务(类)支出2,906.63万元。",
                "CLASS_NAMES 一般公共服务 {类=一般公共服务}",
                "AMOUNT 一般公共服务支出 amount=2906.63万元 {measure=支出, 类=一般公共服务}");
    }

    /** 苏州市审计局 2026 p23: a class name ending in 支出, then 支出, is not 支出支出. */
    @Test
    void aClassNameIsNotDoubledByTheWordAfterIt() {
        check("(1)一般公共服务支出(类)支出2,906.63万元,主要用于审计事务。",
                "CLASS_NAMES 一般公共服务支出 {类=一般公共服务支出}",
                "AMOUNT 一般公共服务支出 amount=2906.63万元 {measure=支出, 类=一般公共服务支出}");
    }

    /** The seed's Part 6 narrative is the notes under the self-evaluation tables: ranges and targets, no claims. */
    @Test
    void seedPart6NotesMakeNoClaims() throws IOException {
        List<String> lines = SeedPart3ClaimsTest.seedLines();
        assertEquals("第六部分 附件", lines.get(569).strip());
        int notes = 0;
        for (int i = 569; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.matches("^- \\d\\. .*|^- 注: 1\\. .*")) {
                notes++;
                for (String sentence : SentenceSplitter.split(line)) {
                    assertEquals(List.of(), ClaimText.of(ClaimExtractor.extract(sentence, Place.atLine(i + 1))), sentence);
                }
            }
        }
        assertTrue(notes >= 6, "found the notes: " + notes);
    }
}
