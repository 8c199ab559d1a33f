package io.github.suanzhang.reconcile.rules.attachment;

import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import io.github.suanzhang.testdata.Fixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfEvaluationVsNarrativeRuleTest {
    private static Fixture.DisclosureBuilder tables() {
        return Fixture.disclosure().table(Seed.unitSelfEvaluation()).table(Seed.projectSelfEvaluation());
    }

    private static List<Finding> run(Disclosure d) {
        return new SelfEvaluationVsNarrativeRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = tables()
                .statement("单位整体支出绩效自评……单位全年预算数1,591.17万元,执行数为1,553.51万元……预算执行率97.6%。",
                        completion("单位", "1,591.17", "1,553.51", "97.6", attrs()))
                .statement("社会保险业务工作经费 项目全年预算数为213.55万元,执行数为240.27万元,完成预算的112.5%。",
                        completion("社会保险业务工作经费", "213.55", "240.27", "112.5", attrs()))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("1,591.17万元") && fs.get(0).message().contains("1,553.51万元")
                && fs.get(0).message().contains("97.6%") && fs.get(0).message().contains("100%"), fs.get(0).message());
        assertTrue(fs.get(1).evidence().stream().anyMatch(e -> "t11".equals(e.table()) && "target".equals(e.column())));
    }

    @Test
    void the_seeds_wording_budget_and_rate_in_two_sentences_and_a_project_named_only_in_the_sentence() {
        Claim rateOnly = new Claim(ClaimKind.COMPLETION, "", "资金", null, Map.of("rate", Fixture.percent("97.6")), null,
                null, attrs("of", "预算", "context", "资金"), null);
        Disclosure d = tables().section("十三、预算绩效情况说明 > (二)部门(单位)整体支出自评结果")
                .statement("我部门(单位)组织对1个单位开展整体支出绩效自评,资金1,553.51万元,从评价情况来看,单位全年预算数1,591.17万元,执行数为1,553.51万元。",
                        completion("资金", "1,591.17", "1,553.51", null, attrs()))
                .statement("预算执行率97.6%。", rateOnly)
                .section("十三、预算绩效情况说明 > (三)项目支出自评结果")
                .statement("1.社会保险业务工作经费项目绩效自评综述:项目全年预算数为213.55万元,执行数为240.27万元,完成预算的112.5%。",
                        completion("项目", "213.55", "240.27", "112.5", attrs("of", "预算")))
                .build();
        List<Finding> fs = run(d);
        assertEquals(2, fs.size(), fs::toString);
        Finding unit = fs.get(0);
        assertEquals(Severity.ERROR, unit.severity());
        assertEquals(0, new BigDecimal("1591.17").compareTo(unit.figures().get("stated_budget").value()));
        assertEquals(0, new BigDecimal("1553.51").compareTo(unit.figures().get("table_budget").value()));
        assertEquals(0, new BigDecimal("97.6").compareTo(unit.figures().get("stated_rate").value()));
        assertEquals(0, new BigDecimal("100").compareTo(unit.figures().get("table_rate").value()));
        assertEquals(List.of(1000, 1001), unit.evidence().stream().filter(e -> e.table() == null)
                .map(e -> e.place().line()).toList(), "both sentences");
        assertTrue(unit.evidence().stream().anyMatch(e -> "t10".equals(e.table()) && "target".equals(e.column())));
        assertTrue(unit.evidence().stream().anyMatch(e -> "t10".equals(e.table()) && "actual".equals(e.column())));
        Finding project = fs.get(1);
        assertEquals(0, new BigDecimal("213.55").compareTo(project.figures().get("stated_budget").value()));
        assertEquals(0, new BigDecimal("240.27").compareTo(project.figures().get("table_budget").value()));
        assertEquals(0, new BigDecimal("112.5").compareTo(project.figures().get("stated_rate").value()));
        assertTrue(project.evidence().stream().allMatch(e -> e.table() == null || "t11".equals(e.table())));
    }

    @Test
    void project_names_from_titles() {
        assertEquals("社会保险业务工作经费", SelfEvaluationVsNarrativeRule.projectName("社会保险业务工作经费项目自评表"));
        assertEquals("某某专项", SelfEvaluationVsNarrativeRule.projectName("二、2023年度某某专项项目绩效自评表"));
    }

    @Test
    void negative() {
        Disclosure d = tables()
                .statement("单位整体支出绩效自评:预算数1,553.51万元,执行数1,553.51万元,执行率100%。",
                        completion("单位", "1,553.51", "1,553.51", "100", attrs()))
                .statement("社会保险业务工作经费 项目预算数为240.27万元,执行数为240.27万元,完成预算的100%。",
                        completion("社会保险业务工作经费", "240.27", "240.27", "100", attrs()))
                .statement("一般公共预算财政拨款支出年初预算为1,591.17万元,支出决算为1,553.51万元,完成97.6%。",
                        completion("一般公共预算财政拨款支出", "1,591.17", "1,553.51", "97.6", attrs()))
                .build();
        assertEquals(List.of(), run(d));
    }
}
