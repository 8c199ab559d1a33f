package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.RuleMeta;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A department's (部门) figures against its units' (单位) of the same year and kind: each unit's expenditure
 * line is at most the department's (a department's accounts consolidate its units'); and where the department
 * says how many units besides its own it includes (由本级及所属3个单位组成) and exactly that many units plus one
 * are in the batch, the units' 合计 lines add up to the department's. Only expenditure by functional code and
 * 三公 figures are compared: income lines between a department and its units are consolidated away.
 */
@RuleMeta(id = "batch.units", severity = Severity.ERROR,
        summary = "单位数不超过其部门数；部门说明包含全部单位时，各单位合计等于部门合计")
final class UnitsRule implements BatchRule {
    static final String ID = "batch.units";

    @Override
    public LinkKind kind() {
        return LinkKind.DEPARTMENT_UNIT;
    }

    @Override
    public Stream<Finding> check(DocumentIndex dept, List<Linked> units) {
        List<Finding> out = new ArrayList<>();
        Map<String, Fact> whole = dept.facts(Basis.CURRENT);
        for (Linked l : units) {
            DocumentIndex unit = l.index();
            out.addAll(Compare.measures(ID, unit.facts(Basis.CURRENT).values(), whole,
                    (u, d) -> u.amount().value().signum() >= 0 && d.amount().value().signum() >= 0,
                    (u, d) -> Compare.interval(u.amount()).lo().compareTo(Compare.interval(d.amount()).hi()) > 0
                            ? Compare.pair(ID, Severity.ERROR, "单位“" + unit.identity().name().printed() + "”的" + u.describe()
                                    + "为" + u.amount().display() + "，大于其部门“" + dept.identity().name().printed() + "”的"
                                    + d.amount().display(),
                            dept.file(), d, "department", unit.file(), u, "unit")
                            : null, dept.file(), unit.file()));
        }
        if (dept.units() != null && units.size() == dept.units()) {
            out.addAll(sums(dept, units, whole));
        }
        return out.stream();
    }

    private static List<Finding> sums(DocumentIndex dept, List<Linked> units, Map<String, Fact> whole) {
        List<Finding> out = new ArrayList<>();
        for (Fact d : whole.values()) {
            if (!d.line().equals("合计") || !d.column().equals("total")) {
                continue;
            }
            Interval sum = Interval.exact(BigDecimal.ZERO);
            List<Evidence> ev = new ArrayList<>();
            ev.add(d.evidence().in(dept.file()));
            boolean all = true;
            for (Linked l : units) {
                Fact u = l.index().facts(Basis.CURRENT).get(d.measure());
                if (u == null) {
                    all = false;
                    break;
                }
                sum = sum.plus(Compare.interval(u.amount()));
                ev.add(u.evidence().in(l.index().file()));
            }
            if (!all || sum.intersects(Compare.interval(d.amount()))) {
                continue;
            }
            Map<String, Amount> fig = new LinkedHashMap<>();
            fig.put("department", d.amount());
            BigDecimal mid = sum.midpoint();
            fig.put("units_sum", Amount.of(mid.stripTrailingZeros().scale() < 0 ? mid.setScale(0) : mid.stripTrailingZeros(),
                    Unit.TEN_THOUSAND_YUAN));
            out.add(new Finding(ID, Severity.ERROR, "部门“" + dept.identity().name().printed() + "”说明其预算单位共"
                    + dept.units() + "个（含本级），这" + units.size() + "个单位的" + d.describe() + "之和约为"
                    + sum.toString(2) + "万元，与部门的" + d.amount().display() + "不符", fig, ev));
        }
        return out;
    }
}
