package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.EntityName;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invented bodies of 东海市 and its 江湾区. */
class LinkerTest {
    static DocumentIdentity id(String file, String sha, DocumentKind kind, DocumentType type, Scope scope, int year,
                               String entity, String region) {
        return new DocumentIdentity(file, sha, kind, type, scope, year, EntityName.parse(entity, region), null, 0.95);
    }

    static DocumentIdentity budget(String file, Scope scope, int year, String entity) {
        return id(file, file, DocumentKind.DISCLOSURE, DocumentType.BUDGET, scope, year, entity, null);
    }

    static String show(List<Link> links) {
        return links.stream().map(l -> l.kind().label() + ":" + l.from() + ">" + (l.ambiguous() ? l.candidates() : l.to()))
                .sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void years_kinds_units_and_versions() {
        Linker k = new Linker();
        k.add(budget("a2025", Scope.DEPARTMENT, 2025, "东海市江湾区司法局"));
        k.add(budget("a2024", Scope.DEPARTMENT, 2024, "江湾区司法局"));
        k.add(id("f2024", "f", DocumentKind.DISCLOSURE, DocumentType.FINAL_ACCOUNTS, Scope.DEPARTMENT, 2024, "区司法局",
                "东海市江湾区"));
        k.add(budget("u2025", Scope.UNIT, 2025, "东海市江湾区司法局公证处"));
        k.add(budget("own2025", Scope.UNIT, 2025, "东海市江湾区司法局（本级）"));
        k.add(budget("copy2025", Scope.DEPARTMENT, 2025, "东海市江湾区司法局").withSha("a2025"));
        k.add(budget("v2025", Scope.DEPARTMENT, 2025, "东海市江湾区司法局"));
        k.add(budget("other", Scope.DEPARTMENT, 2024, "东海市江湾区审计局"));
        String s = show(k.links());
        assertEquals(String.join("\n",
                "budget-final:f2024>a2024",
                "department-unit:a2025>own2025",
                "department-unit:a2025>u2025",
                "duplicate:a2025>copy2025",
                "previous-year:a2025>a2024",
                "republished:a2025>v2025"), s);
    }

    @Test
    void tables_and_narrative_files_are_parts_and_other_files_are_versions() {
        Linker k = new Linker();
        k.add(id("tables", "1", DocumentKind.DISCLOSURE_TABLES, DocumentType.BUDGET, Scope.DEPARTMENT, 2026, "东海市统计局", null));
        k.add(id("text", "2", DocumentKind.DISCLOSURE_NARRATIVE, DocumentType.BUDGET, Scope.DEPARTMENT, 2026, "东海市统计局", null));
        k.add(id("whole", "3", DocumentKind.DISCLOSURE, DocumentType.BUDGET, Scope.DEPARTMENT, 2026, "东海市统计局", null));
        String s = show(k.links());
        assertEquals("republished:whole>tables\nrepublished:whole>text", s);
        Linker two = new Linker();
        two.add(id("tables", "1", DocumentKind.DISCLOSURE_TABLES, DocumentType.BUDGET, Scope.DEPARTMENT, 2026, "东海市统计局", null));
        two.add(id("text", "2", DocumentKind.DISCLOSURE_NARRATIVE, DocumentType.BUDGET, Scope.DEPARTMENT, 2026, "东海市统计局", null));
        assertEquals("parts:tables>text", show(two.links()));
    }

    static DocumentIdentity carrying(String file, DocumentKind kind, String title, java.util.Set<TableKind> tables, int claims) {
        return new DocumentIdentity(file, file, kind, DocumentType.BUDGET, Scope.DEPARTMENT, 2026,
                EntityName.parse("东海市统计局", null), title, 0.95, tables, claims);
    }

    static final java.util.Set<TableKind> FIRST_TABLES = java.util.EnumSet.of(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY,
            TableKind.BUDGET_INCOME, TableKind.BUDGET_EXPENDITURE);
    static final java.util.Set<TableKind> LAST_TABLES = java.util.EnumSet.of(TableKind.BUDGET_THREE_PUBLIC,
            TableKind.BUDGET_GOVERNMENT_PROCUREMENT);

    static String pair(DocumentIdentity a, DocumentIdentity b) {
        return show(new Linker().add(a).add(b).links());
    }

    @Test
    void parts_a_whole_looking_narrative_file_and_a_tables_file() {
        // 东海市统计局2026年度部门预算信息公开: 目录 lists both parts, the file has the 说明 only (recognised as a whole
        // disclosure); 附件2 …部门预算报表: the tables only
        DocumentIdentity text = carrying("shuoming", DocumentKind.DISCLOSURE, "东海市统计局2026年度部门预算信息公开", java.util.Set.of(), 40);
        DocumentIdentity tables = carrying("baobiao", DocumentKind.DISCLOSURE_TABLES, null, FIRST_TABLES, 0);
        assertEquals("parts:baobiao>shuoming", pair(text, tables));
        assertEquals("parts:baobiao>shuoming", pair(tables, text));
    }

    @Test
    void parts_by_titles_attachment_numbers_or_explanation_and_tables() {
        // a narrative with a 三公 table in it, and the tables (三公 among them)
        DocumentIdentity a1 = carrying("a1", DocumentKind.DISCLOSURE, "附件1：东海市统计局2026年度部门预算情况说明",
                java.util.EnumSet.of(TableKind.BUDGET_THREE_PUBLIC), 30);
        DocumentIdentity a2 = carrying("a2", DocumentKind.DISCLOSURE, "附件2：东海市统计局2026年度部门预算表",
                java.util.EnumSet.of(TableKind.BUDGET_INCOME, TableKind.BUDGET_THREE_PUBLIC), 0);
        assertEquals("parts:a2>a1", pair(a1, a2));
        DocumentIdentity s = carrying("s", DocumentKind.DISCLOSURE, "东海市统计局2026年度部门预算情况说明",
                java.util.EnumSet.of(TableKind.BUDGET_THREE_PUBLIC), 30);
        // tables with a sentence read from a table's note
        DocumentIdentity b = carrying("b", DocumentKind.DISCLOSURE, "东海市统计局2026年度部门预算报表", FIRST_TABLES, 1);
        assertEquals("parts:b>s", pair(s, b));
    }

    @Test
    void parts_files_with_disjoint_tables() {
        DocumentIdentity first = carrying("t1", DocumentKind.DISCLOSURE_TABLES, null, FIRST_TABLES, 0);
        DocumentIdentity last = carrying("t2", DocumentKind.DISCLOSURE, "东海市统计局2026年部门预算", LAST_TABLES, 12);
        assertEquals("parts:t1>t2", pair(first, last));
    }

    @Test
    void republished_not_parts_when_both_carry_the_same() {
        // two tables files with the same tables (different bytes): a second edition
        assertEquals("republished:x>y", pair(carrying("x", DocumentKind.DISCLOSURE_TABLES, null, FIRST_TABLES, 0),
                carrying("y", DocumentKind.DISCLOSURE_TABLES, null, FIRST_TABLES, 0)));
        // two whole disclosures
        java.util.Set<TableKind> all = java.util.EnumSet.copyOf(FIRST_TABLES);
        all.addAll(LAST_TABLES);
        assertEquals("republished:x>y", pair(carrying("x", DocumentKind.DISCLOSURE, "东海市统计局2026年部门预算", all, 40),
                carrying("y", DocumentKind.DISCLOSURE, "东海市统计局2026年部门预算（更正）", all, 41)));
        // a whole disclosure and its tables published again: the whole carries all the tables file does, whatever
        // its title says (说明 in the whole one's title)
        assertEquals("republished:x>y", pair(carrying("x", DocumentKind.DISCLOSURE, "东海市统计局2026年部门预算及说明", all, 40),
                carrying("y", DocumentKind.DISCLOSURE_TABLES, "东海市统计局2026年部门预算报表", FIRST_TABLES, 0)));
        // the same attachment number twice
        assertEquals("republished:x>y", pair(
                carrying("x", DocumentKind.DISCLOSURE, "附件2：东海市统计局2026年度部门预算表", FIRST_TABLES, 3),
                carrying("y", DocumentKind.DISCLOSURE, "附件2：东海市统计局2026年度部门预算表", LAST_TABLES, 3)));
        // two narratives
        assertEquals("republished:x>y", pair(carrying("x", DocumentKind.DISCLOSURE, "东海市统计局2026年度部门预算信息公开", java.util.Set.of(), 40),
                carrying("y", DocumentKind.DISCLOSURE_NARRATIVE, null, java.util.Set.of(), 38)));
    }

    @Test
    void the_file_carrying_the_tables_stands_for_a_split_disclosure() {
        Linker k = new Linker();
        k.add(carrying("shuoming", DocumentKind.DISCLOSURE, "东海市统计局2026年度部门预算信息公开", java.util.Set.of(), 40));
        k.add(carrying("baobiao", DocumentKind.DISCLOSURE_TABLES, null, FIRST_TABLES, 0));
        k.add(new DocumentIdentity("last", "last", DocumentKind.DISCLOSURE_TABLES, DocumentType.BUDGET, Scope.DEPARTMENT, 2025,
                EntityName.parse("东海市统计局", null), null, 0.95, FIRST_TABLES, 0));
        assertEquals("parts:baobiao>shuoming\nprevious-year:baobiao>last", show(k.links()));
    }

    @Test
    void attachment_numbers() {
        assertEquals("2", Parts.attachment("附件2：东海市统计局2026年度部门预算报表"));
        assertEquals("12", Parts.attachment("附件十二 东海市…"));
        assertEquals("1", Parts.attachment("附 件 １"));
        assertEquals(null, Parts.attachment("东海市统计局2026年度部门预算"));
    }

    @Test
    void a_name_without_region_is_ambiguous_never_guessed() {
        Linker k = new Linker();
        k.add(budget("x", Scope.DEPARTMENT, 2026, "东海市统计局"));
        k.add(budget("y", Scope.DEPARTMENT, 2026, "北塘市统计局"));
        k.add(budget("z", Scope.DEPARTMENT, 2026, "统计局"));
        List<Link> links = k.links();
        assertEquals(1, links.size());
        assertTrue(links.get(0).ambiguous());
        assertEquals(List.of("x", "y"), links.get(0).candidates());
    }

    @Test
    void districts_of_the_same_name_in_two_cities_are_two_bodies() {
        Linker k = new Linker();
        k.add(budget("east", Scope.DEPARTMENT, 2026, "东海市江湾区司法局"));
        k.add(budget("west", Scope.DEPARTMENT, 2026, "西海市江湾区司法局"));
        k.add(budget("short", Scope.DEPARTMENT, 2025, "江湾区司法局"));
        List<Link> links = k.links();
        assertEquals(1, links.size(), show(links));
        assertTrue(links.get(0).ambiguous());
        assertEquals(List.of("east", "west"), links.get(0).candidates());
    }

    @Test
    void a_unit_named_as_its_department_is_ambiguous() {
        Linker k = new Linker();
        k.add(budget("d", Scope.DEPARTMENT, 2026, "东海市教育局"));
        k.add(budget("u", Scope.UNIT, 2026, "东海市教育局"));
        List<Link> links = k.links();
        assertEquals(1, links.size());
        assertTrue(links.get(0).ambiguous());
    }

    @Test
    void documents_without_year_type_or_name_are_counted_not_linked() {
        Linker k = new Linker();
        k.add(id("n", null, DocumentKind.NOT_A_DISCLOSURE, DocumentType.UNKNOWN, Scope.UNKNOWN, 2026, "东海市统计局", null));
        k.add(budget("r", Scope.DEPARTMENT, 2026, "东海市江湾区"));
        assertEquals(0, k.links().size());
        assertEquals(2, k.skipped());
        k.add(id("n2", null, DocumentKind.NOT_A_DISCLOSURE, DocumentType.UNKNOWN, Scope.UNKNOWN, 2026, "东海市统计局", null)
                .withSha("r"));
        assertEquals("duplicate:r>n2", show(k.links()), "the same bytes, whatever was recognised");
    }
}
