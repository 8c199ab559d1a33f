package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings that rest on figures read by OCR ({@link ProblemKind#READ_BY_OCR} pages, tables with method
 * {@code ocr}) are the engine's doubt before they are the publisher's fault:
 * <ul>
 *   <li>a table check whose every place is on OCR pages (the table does not add up as read) becomes an
 *       {@link ProblemKind#OCR_DOUBT} problem on those cells, not a finding;</li>
 *   <li>any other ERROR or WARNING with a place on an OCR page is at most a WARNING, and says so; when one of
 *       its places is a figure the reader read with a confidence below the threshold (an {@code OCR_DOUBT}
 *       problem with that cell's box), the message says that too.</li>
 * </ul>
 */
final class OcrDoubt {
    static final String PREFIX = "（OCR识别的数字，请对照原页核对）";
    static final String LOW = "（含OCR置信度低的数字，请对照原页核对）";

    private OcrDoubt() {
    }

    /** The pages read by OCR. */
    static Set<Integer> pages(Disclosure d) {
        Set<Integer> pages = new HashSet<>();
        for (Problem p : d.problems()) {
            if (p.kind() == ProblemKind.READ_BY_OCR && p.place() != null && p.place().page() > 0) {
                pages.add(p.place().page());
            }
        }
        for (Table t : d.tables()) {
            if ("ocr".equals(t.method())) {
                pages.addAll(t.pages());
            }
        }
        return pages;
    }

    /** Whether a place is a cell the reader flagged as read with a low confidence (OCR_DOUBT with its box). */
    static boolean lowConfidence(Disclosure d, io.github.suanzhang.core.doc.Place place) {
        if (place == null || place.box() == null) {
            return false;
        }
        for (Problem p : d.problems()) {
            if (p.kind() == ProblemKind.OCR_DOUBT && p.place() != null && p.place().page() == place.page()
                    && p.place().box() != null && intersect(p.place().box(), place.box())) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersect(io.github.suanzhang.core.doc.Box a, io.github.suanzhang.core.doc.Box b) {
        return a.x0() <= b.x1() && b.x0() <= a.x1() && a.y0() <= b.y1() && b.y0() <= a.y1();
    }

    /**
     * @param findings the rules' findings (replaced in place)
     * @param problems where OCR doubts are added
     */
    static void apply(Disclosure d, List<Finding> findings, List<Problem> problems) {
        Set<Integer> ocr = pages(d);
        if (ocr.isEmpty()) {
            return;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            long onOcr = f.evidence().stream().filter(e -> e.place() != null && ocr.contains(e.place().page())).count();
            if (onOcr == 0 || f.severity() == Severity.INFO) {
                out.add(f);
            } else if (onOcr == f.evidence().size() && (f.rule().startsWith("table.") || f.rule().startsWith("cross."))) {
                Evidence first = f.evidence().get(0);
                problems.add(new Problem(ProblemKind.OCR_DOUBT, "OCR识别的表格不平衡，可能是识别错误，请对照原页核对: "
                        + f.message(), first.place()));
            } else {
                boolean low = f.evidence().stream().anyMatch(e -> lowConfidence(d, e.place()));
                out.add(new Finding(f.rule(), Severity.WARNING, (low ? LOW : PREFIX) + f.message(), f.figures(),
                        f.evidence(), f.match()));
            }
        }
        findings.clear();
        findings.addAll(out);
    }
}
