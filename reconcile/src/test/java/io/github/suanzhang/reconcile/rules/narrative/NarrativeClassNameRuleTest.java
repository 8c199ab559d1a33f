package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.classNames;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Claims;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeClassNameRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeClassNameRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Seed.tables()
                .statement("一般公共服务支出(类)财政事务(款)行政运行(项)。", classNames("一般公共服务支出", "财政事务", "行政运行"))
                .statement("1. 一般公共服务(类)支出1,225.06万元。", amount("一般公共服务", "支出", "1,225.06", names("一般公共服务", null, null)))
                .statement("社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位养老保险缴费支出(项)",
                        classNames("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位养老保险缴费支出"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.INFO), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("社会保障和就业支出") && fs.get(0).message().contains("财政事务"));
        assertTrue(fs.get(1).message().contains("1,225.06万元") && fs.get(1).message().contains("208"), fs.get(1).message());
        assertTrue(fs.get(1).evidence().stream().anyMatch(e -> "t03".equals(e.table())));
    }

    @Test
    void one_finding_per_stated_triple_with_every_figure_the_item_states() {
        java.util.Map<String, String> inherited = new java.util.LinkedHashMap<>(names("一般公共服务支出", "财政事务", "行政运行"));
        inherited.put("context", "行政运行");
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(inherited);
        Disclosure d = Seed.tables()
                .statement("1.一般公共服务支出(类)财政事务(款)行政运行(项)。", classNames("一般公共服务支出", "财政事务", "行政运行"))
                .statement("年初预算为917.66万元,支出决算为872.88万元,完成年初预算的95.1%。",
                        amount("行政运行", "年初预算", "917.66", more), amount("行政运行", "决算", "872.88", more),
                        Claims.completion("行政运行", "917.66", "872.88", "95.1", inherited))
                .statement("2.一般公共服务支出(类)财政事务(款)行政运行(项)。", classNames("一般公共服务支出", "财政事务", "行政运行"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(2, fs.size(), fs::toString);
        Finding f = fs.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(0, new java.math.BigDecimal("872.88").compareTo(f.figures().get("stated").value()));
        assertEquals(0, new java.math.BigDecimal("917.66").compareTo(f.figures().get("budget").value()));
        assertEquals(0, new java.math.BigDecimal("872.87").compareTo(f.figures().get("table").value()));
        assertTrue(f.message().contains("917.66万元") && f.message().contains("872.88万元"), f.message());
        assertEquals(List.of(1000, 1001), f.evidence().stream().filter(e -> e.table() == null)
                .map(e -> e.place().line()).toList(), "the heading and the sentence that inherits its names");
        assertEquals(List.of(1002), fs.get(1).evidence().stream().filter(e -> e.table() == null)
                .map(e -> e.place().line()).toList(), "the same names stated again elsewhere: a finding of its own");
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                .statement("卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)", classNames("卫生健康支出", "行政事业单位医疗", "行政单位医疗"))
                .statement("卫生健康支出(类)167.24万元", amount("卫生健康支出", null, "167.24", names("卫生健康支出(类)", null, null)))
                .statement("其他行政事业单位医疗支出(项)", classNames("卫生健康支出", "行政事业单位医疗", "其他行政事业单位医疗支出"))
                .statement("教育支出(类)99.99万元", amount("教育支出", null, "99.99", names("教育支出", null, null)))
                .build();
        assertEquals(List.of(), run(d));
    }
}
