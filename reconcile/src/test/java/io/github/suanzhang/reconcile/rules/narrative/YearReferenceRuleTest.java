package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.yearReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearReferenceRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new YearReferenceRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("我单位在2022年度部门决算中反映所有项目绩效自评结果。", yearReference(2022, "部门决算", "在2022年度部门决算中反映"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("2022") && fs.get(0).message().contains("2023"));
        assertEquals(1000, fs.get(0).evidence().get(0).place().line());
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("在2023年度单位决算中反映。", yearReference(2023, "单位决算", "在2023年度单位决算中反映"))
                .statement("与2022年度决算相比,支出减少。", yearReference(2022, "决算", "2022年度决算"))
                .statement("2024年预算安排将……", yearReference(2024, "预算", "2024年预算"))
                .build();
        assertEquals(List.of(), run(d));
    }
}
