package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Last year's figures as this year's document prints them (上年预算数 / 2025年预算数 columns, 比2022年度决算数…
 * in the narrative) against last year's own document of the same kind, measure by measure, line by code. A
 * difference no rounding explains is an ERROR; a WARNING where the document says it restated the other year on
 * a comparable basis (可比口径, 口径调整), and where last year's figure is not printed but follows from a stated
 * change (与上年相比增加40万元: this year's figure minus the change), whose 上年 (年初预算, 调整预算, 执行数) the
 * sentence does not say.
 */
@RuleMeta(id = "batch.previous-year", severity = Severity.ERROR,
        summary = "本年文件所印上年数与上年文件所印同一项目的数一致")
final class PreviousYearRule implements BatchRule {
    static final String ID = "batch.previous-year";

    @Override
    public LinkKind kind() {
        return LinkKind.PREVIOUS_YEAR;
    }

    @Override
    public Stream<Finding> check(DocumentIndex from, List<Linked> linked) {
        List<Finding> out = new ArrayList<>();
        for (Linked l : linked) {
            DocumentIndex last = l.index();
            Basis basis = last.identity().type() == DocumentType.BUDGET ? Basis.PREVIOUS_BUDGET : Basis.PREVIOUS_FINAL;
            out.addAll(Compare.measures(ID, from.facts(basis).values(), last.facts(Basis.CURRENT), (mine, t) -> true,
                    (mine, t) -> Compare.differ(mine, t) ? finding(from, last, basis, mine, t) : null, from.file(), last.file()));
        }
        return out.stream();
    }

    private static Finding finding(DocumentIndex from, DocumentIndex last, Basis basis, Fact mine, Fact t) {
        String what = basis == Basis.PREVIOUS_BUDGET ? "预算数" : "决算数";
        String said = mine.derived()
                ? "按所述增减额" + mine.change().display() + "推算的上年" + what + "（" + mine.describe() + "）约为"
                        + Compare.interval(mine).toString(2) + "万元"
                : "所印上年" + what + "（" + mine.describe() + "）为" + mine.amount().display();
        return Compare.pair(ID, from.restated() || mine.derived() ? Severity.WARNING : Severity.ERROR,
                from.identity().year() + "年文件" + said + "，" + last.identity().year() + "年文件印为"
                        + t.amount().display() + (from.restated() ? "（文件说明按可比口径调整）" : ""),
                from.file(), mine, mine.derived() ? "derived_last_year" : "printed_last_year", last.file(), t,
                "last_year_document");
    }
}
