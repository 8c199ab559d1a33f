package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.ExtractOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph a blank line cut mid-sentence (text exports), and the length that says so. */
class BrokenSentenceTest {
    private static final int DEFAULT = ExtractOptions.Paragraphs.DEFAULTS.minBrokenLine();

    @Test
    void 长而无句末标点的段落是被空行打断的句子() {
        assertTrue(NarrativeReader.brokenMidSentence("2023年度一般公共预算财政拨款支出主要用于社会保障和就业", DEFAULT));
        assertFalse(NarrativeReader.brokenMidSentence("2023年度一般公共预算财政拨款支出1553.51万元。", DEFAULT));
        assertFalse(NarrativeReader.brokenMidSentence("单位主要职责", DEFAULT));
    }

    @Test
    void 长度下限来自选项() {
        String line = "单位主要职责包括以下方面"; // 12 characters
        assertFalse(NarrativeReader.brokenMidSentence(line, 15));
        assertTrue(NarrativeReader.brokenMidSentence(line, 12));
    }

    @Test
    void 读段落时按选项合并() {
        List<String> lines = List.of("本年度支出主要用于", "", "社会保障和就业支出。");
        ExtractOptions.Paragraphs d = ExtractOptions.Paragraphs.DEFAULTS;
        ExtractOptions.Paragraphs low = new ExtractOptions.Paragraphs(d.paragraphGapRatio(), d.wideGapRatio(),
                d.indentEms(), d.shortLineEms(), d.titleWidthShare(), d.marginBand(), d.minRunningPages(),
                d.maxHeadingLength(), d.minPitchEms(), d.maxPitchEms(), d.minBodyLine(), d.minPitchGapEms(),
                d.baselineShare(), 5);
        // 本年度支出主要用于 has 9 characters: two sentences by default, one when 5 suffice
        assertEquals(2, NarrativeReader.read(lines, 1, null, Context.NONE, d).statements().size());
        assertEquals(1, NarrativeReader.read(lines, 1, null, Context.NONE, low).statements().size());
    }
}
