package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimText.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Place;
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
