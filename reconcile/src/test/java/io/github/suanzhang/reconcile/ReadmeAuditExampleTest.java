package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Auditing figures from anywhere" example, line for line. Keep them in step. */
class ReadmeAuditExampleTest {

    @Test
    void a_disclosure_built_in_code_is_audited() {
        Unit wan = Unit.TEN_THOUSAND_YUAN;
        // 支出决算表: columns as the kind defines them (code, name, total, basic, project, ...)
        TableKind kind = TableKind.FINAL_EXPENDITURE;
        int total = kind.columns().indexOf(kind.column("total").orElseThrow());
        Cell[] cells = new Cell[kind.columns().size()];
        cells[total] = Cell.of(Amount.of("872.87", wan), Place.onPage(5, null));
        Row row = new Row(null, null, SubjectCode.functional("2080101"), "行政运行", Arrays.asList(cells), Place.onPage(5, null));
        Table expenditure = new Table("t03", kind, "公开03表", "支出决算表", wan, List.of(5), kind.columns(),
                List.of(row), List.of(), null, Place.onPage(5, null), "code");

        // 情况说明: 行政运行(项)支出决算为872.88万元
        Claim claim = new Claim(ClaimKind.AMOUNT, "行政运行(项)支出决算为872.88万元", "行政运行", null,
                Map.of("amount", Amount.of("872.88", wan)), null, null, Map.of("measure", "决算"), Place.onPage(12, null));
        Statement sentence = new Statement("行政运行(项)支出决算为872.88万元。", "情况说明", Place.onPage(12, null), List.of(claim));

        Disclosure d = new Disclosure(Source.inCode("example"),
                new DocumentInfo("某单位", 2023, DocumentType.FINAL_ACCOUNTS, Scope.UNIT, wan, null),
                List.of(expenditure), List.of(sentence), List.of());

        Audit audit = new Reconciler().audit(d);
        Finding f = audit.findings().stream().filter(x -> x.rule().equals("narrative.amount")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());   // one unit apart in the last digit
        assertTrue(f.message().contains("872.88") && f.message().contains("872.87"), f.message());
    }
}
