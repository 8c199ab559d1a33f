package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.ExtractOptions;
import org.junit.jupiter.api.Test;

/** A note that says its table is empty (空表说明), and the options that bound it. */
class EmptyNoteTest {
    private static final ExtractOptions.Tables DEFAULTS = ExtractOptions.Tables.DEFAULTS;

    @Test
    void 本单位无某项支出的注是空表说明() {
        assertTrue(TableLocator.isEmptyNote("注：本单位2023年度无政府性基金预算财政拨款收入、支出。", DEFAULTS));
        assertTrue(TableLocator.isEmptyNote("说明：本部门没有国有资本经营预算支出，故本表无数据。", DEFAULTS));
    }

    @Test
    void 只提到没有的长段落不是空表说明() {
        String paragraph = "本单位" + "主要职责是组织实施全市人力资源和社会保障工作".repeat(6) + "，无其他支出。";
        assertFalse(TableLocator.isEmptyNote(paragraph, DEFAULTS));
    }

    @Test
    void 说明的长度上限来自选项() {
        String note = "注：本单位2023年度无政府性基金预算财政拨款收入、支出。";
        ExtractOptions.Tables shortNotes = new ExtractOptions.Tables(DEFAULTS.edgeTolerance(), DEFAULTS.edgeMatchShare(),
                DEFAULTS.runGapRatio(), DEFAULTS.noteReach(), DEFAULTS.emptyNoteSpan(), note.length(),
                DEFAULTS.titleAboveStub(), DEFAULTS.baselineShare());
        assertFalse(TableLocator.isEmptyNote(note, shortNotes));
        ExtractOptions.Tables narrowSpan = new ExtractOptions.Tables(DEFAULTS.edgeTolerance(), DEFAULTS.edgeMatchShare(),
                DEFAULTS.runGapRatio(), DEFAULTS.noteReach(), 2, DEFAULTS.maxEmptyNoteLength(),
                DEFAULTS.titleAboveStub(), DEFAULTS.baselineShare());
        // 无 stands 6 characters after 本单位: beyond a span of 2
        assertFalse(TableLocator.isEmptyNote(note, narrowSpan));
    }
}
