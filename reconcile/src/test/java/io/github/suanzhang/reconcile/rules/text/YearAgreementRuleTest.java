package io.github.suanzhang.reconcile.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearAgreementRuleTest {
    private static final YearAgreementRule RULE = new YearAgreementRule();

    @Test
    void a_budget_compared_with_its_own_year() {
        List<Finding> fs = RULE.check(Fixture.disclosure().type(DocumentType.BUDGET).year(2026)
                .statement("2026年收入预算1,200.00万元，比2026年增加100.00万元。").build()).toList();
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("〖比2026年增加〗"), fs.get(0).message());
    }

    @Test
    void a_budget_compared_with_last_year_and_an_account_compared_with_its_budget() {
        assertEquals(List.of(), RULE.check(Fixture.disclosure().type(DocumentType.BUDGET).year(2026)
                .statement("2026年收入预算1,200.00万元，比2025年增加100.00万元。")
                .statement("2026年“三公”经费预算与2025年持平。").build()).toList());
        assertEquals(List.of(), RULE.check(Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).year(2023)
                .statement("支出决算1,100万元，比2023年年初预算增加100万元。").build()).toList());
    }

    @Test
    void a_table_titled_with_another_year() {
        Fixture.DisclosureBuilder b = Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).year(2023);
        b.table(Fixture.table("t01", TableKind.FINAL_INCOME, "total").title("2023年度收入决算表").build());
        b.table(Fixture.table("t02", TableKind.FINAL_EXPENDITURE, "total").title("2023年度支出决算表").build());
        b.table(Fixture.table("t03", TableKind.FINAL_THREE_PUBLIC, "total").title("2022年度财政拨款“三公”经费支出决算表").build());
        List<Finding> fs = RULE.check(b.build()).toList();
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("2022"), fs.get(0).message());
        // with only one agreeing table, which year is right is not known
        Fixture.DisclosureBuilder c = Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).year(2023);
        c.table(Fixture.table("t01", TableKind.FINAL_INCOME, "total").title("2023年度收入决算表").build());
        c.table(Fixture.table("t03", TableKind.FINAL_THREE_PUBLIC, "total").title("2022年度财政拨款“三公”经费支出决算表").build());
        assertEquals(List.of(), RULE.check(c.build()).toList());
        assertEquals(List.of(), RULE.check(Fixture.disclosure().scope(Scope.GOVERNMENT).type(DocumentType.BUDGET).year(2026)
                .statement("全市收入比2026年增加。").build()).toList());
    }

    private static Fixture.DisclosureBuilder budget2026(String previousHeader, String currentHeader) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().type(DocumentType.BUDGET).year(2026);
        b.table(Fixture.table("t01", TableKind.BUDGET_INCOME, "total").title("2026年收入预算表").build());
        b.table(Fixture.table("t02", TableKind.BUDGET_EXPENDITURE, "total").title("2026年支出预算表").build());
        b.table(Fixture.table("t03", TableKind.BUDGET_THREE_PUBLIC, "previous", "total")
                .label("previous", previousHeader).label("total", currentHeader)
                .title("2026年“三公”经费支出预算表").build());
        return b;
    }

    @Test
    void a_column_header_naming_a_year_that_is_neither_this_nor_last() {
        List<Finding> fs = RULE.check(budget2026("2025年预算数", "2027年预算数").build()).toList();
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("2027年预算数"), fs.get(0).message());
        assertEquals(1, RULE.check(budget2026("2024年预算数", "2026年预算数").build()).count());
    }

    @Test
    void column_headers_of_this_year_last_year_and_the_last_closed_year() {
        assertEquals(List.of(), RULE.check(budget2026("2025年预算数", "2026年预算数").build()).toList());
        assertEquals(List.of(), RULE.check(budget2026("2024年决算数", "2026年预算数").build()).toList());
        // titles that do not name the document's year: which year is right is not known
        Fixture.DisclosureBuilder b = Fixture.disclosure().type(DocumentType.BUDGET).year(2026);
        b.table(Fixture.table("t03", TableKind.BUDGET_THREE_PUBLIC, "total").label("total", "2027年预算数")
                .title("“三公”经费支出预算表").build());
        assertEquals(List.of(), RULE.check(b.build()).toList());
    }
}
