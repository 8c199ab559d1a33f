package io.github.suanzhang.reconcile.rules.structure;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A blank page inside a 部门/单位 disclosure: a page before the last with no text and no image (the reader's
 * {@link ProblemKind#BLANK_PAGE} notes; a page number alone does not count as text, {@code 此页无正文} does). A
 * reviewer looks at it: a page left blank by the layout, or content that did not print. WARNING, one finding
 * per document listing the pages, each page as evidence. The last page may be blank; pages that are images
 * only (scans) are not blank.
 */
@RuleMeta(id = "structure.blank-page", severity = Severity.WARNING, summary = "文中没有空白页")
public final class BlankPageRule implements Rule {
    static final String ID = "structure.blank-page";

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Problem> blanks = d.problems().stream()
                .filter(p -> p.kind() == ProblemKind.BLANK_PAGE && p.place().page() > 0).toList();
        if (blanks.isEmpty()) {
            return Stream.empty();
        }
        String pages = blanks.stream().map(p -> String.valueOf(p.place().page())).collect(Collectors.joining("、"));
        String msg = "第" + pages + "页为空白页（没有文字，也没有图像），请对照原文件确认是否漏印内容或多余空白页。";
        List<Evidence> ev = blanks.stream().map(p -> Evidence.at(p.place(), p.message())).toList();
        return Stream.of(new Finding(ID, Severity.WARNING, msg, Map.of(), ev));
    }
}
