package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings resting on figures read by OCR: doubts of the engine before faults of the publisher. */
class OcrDoubtTest {
    private static final Place LOW_CELL = Place.onPage(3, new Box(300, 200, 340, 210));
    private static final Place OTHER_CELL = Place.onPage(3, new Box(300, 220, 340, 230));
    private static final Place TEXT_PAGE = Place.onPage(5, new Box(300, 220, 340, 230));

    private static Disclosure read(List<Problem> problems) {
        return new Disclosure(Source.inCode("ocr"), null, List.of(), List.of(), problems, List.of());
    }

    private static Finding narrative(Severity s, Place... places) {
        List<Evidence> ev = new ArrayList<>();
        for (Place p : places) {
            ev.add(Evidence.at(p, "x"));
        }
        return new Finding("narrative.amount", s, "说明与表不一致", Map.of(), ev);
    }

    @Test
    void aFindingOnALowConfidenceFigureIsAWarningThatSaysSo() {
        Disclosure d = read(List.of(new Problem(ProblemKind.READ_BY_OCR, "第3页已用OCR识别", Place.onPage(3, null)),
                new Problem(ProblemKind.OCR_DOUBT, "数字12.50置信度31", LOW_CELL)));
        List<Finding> findings = new ArrayList<>(List.of(narrative(Severity.ERROR, LOW_CELL, TEXT_PAGE),
                narrative(Severity.ERROR, OTHER_CELL, TEXT_PAGE), narrative(Severity.ERROR, TEXT_PAGE),
                narrative(Severity.INFO, LOW_CELL)));
        List<Problem> problems = new ArrayList<>();
        OcrDoubt.apply(d, findings, problems);
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith(OcrDoubt.LOW), findings.get(0).message());
        assertEquals(Severity.WARNING, findings.get(1).severity(), "any OCR place: at most a warning");
        assertTrue(findings.get(1).message().startsWith(OcrDoubt.PREFIX), findings.get(1).message());
        assertEquals(Severity.ERROR, findings.get(2).severity(), "a text page's finding is untouched");
        assertEquals(Severity.INFO, findings.get(3).severity());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aTableThatDoesNotAddUpAsReadIsAnOcrDoubt() {
        Disclosure d = read(List.of(new Problem(ProblemKind.READ_BY_OCR, "第3页已用OCR识别", Place.onPage(3, null))));
        List<Finding> findings = new ArrayList<>(List.of(new Finding("table.sum", Severity.ERROR, "合计不等于各项之和",
                Map.of(), List.of(Evidence.at(OTHER_CELL, "x")))));
        List<Problem> problems = new ArrayList<>();
        OcrDoubt.apply(d, findings, problems);
        assertTrue(findings.isEmpty());
        assertEquals(ProblemKind.OCR_DOUBT, problems.get(0).kind());
        assertEquals(OTHER_CELL, problems.get(0).place());
    }
}
