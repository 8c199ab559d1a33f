package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two files of the same entity, year, kind and scope (a republished version, or a whole disclosure and the
 * tables file published beside it) that print different figures for the same measure. A WARNING: one of the
 * versions corrects the other, and which one the files do not say.
 */
@RuleMeta(id = "batch.republished", severity = Severity.WARNING,
        summary = "同一主体、年度、类型的两个文件所印同一项目的数一致")
final class RepublishedRule implements BatchRule {
    static final String ID = "batch.republished";

    @Override
    public LinkKind kind() {
        return LinkKind.REPUBLISHED;
    }

    @Override
    public Stream<Finding> check(DocumentIndex from, List<Linked> linked) {
        List<Finding> out = new ArrayList<>();
        Map<String, Fact> mine = from.facts(Basis.CURRENT);
        for (Linked l : linked) {
            DocumentIndex other = l.index();
            // the other file's facts looked up in this one's: "this_file" first in each finding
            out.addAll(Compare.measures(ID, other.facts(Basis.CURRENT).values(), mine, (t, m) -> true, (t, m) ->
                    Compare.differ(m.amount(), t.amount())
                            ? Compare.pair(ID, Severity.WARNING, "同一主体、年度、类型的两个文件所印" + m.describe() + "不同："
                                    + m.amount().display() + " 与 " + t.amount().display(),
                            from.file(), m, "this_file", other.file(), t, "other_file")
                            : null, from.file(), other.file()));
        }
        return out.stream();
    }
}
