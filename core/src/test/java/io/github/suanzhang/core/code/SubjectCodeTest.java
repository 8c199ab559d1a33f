package io.github.suanzhang.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectCodeTest {

    @Test
    void 类款项_levels_of_functional_codes() {
        assertEquals(Level.CLASS, SubjectCode.functional("208").level());
        assertEquals(Level.SECTION, SubjectCode.functional("20801").level());
        assertEquals(Level.ITEM, SubjectCode.functional("2080101").level());
    }

    @Test
    void split_columns_201_06_01_assemble_to_2010601() {
        assertEquals(SubjectCode.functional("2010601"), SubjectCode.fromParts(Scheme.FUNCTIONAL, "201", "06", "01"));
        assertEquals(SubjectCode.functional("20106"), SubjectCode.fromParts(Scheme.FUNCTIONAL, "201", "06", ""));
        assertEquals(SubjectCode.functional("201"), SubjectCode.fromParts(Scheme.FUNCTIONAL, " 201 ", null, null));
    }

    @Test
    void split_columns_with_a_broken_part_are_refused() {
        // the seed prints 208 | 010 | 1: not a code until repaired
        assertThrows(IllegalArgumentException.class, () -> SubjectCode.fromParts(Scheme.FUNCTIONAL, "208", "010", "1"));
    }

    @Test
    void parent_and_children() {
        SubjectCode item = SubjectCode.functional("2080101");
        assertEquals(Optional.of(SubjectCode.functional("20801")), item.parent());
        assertEquals(Optional.of(SubjectCode.functional("208")), item.parent().orElseThrow().parent());
        assertEquals(Optional.empty(), SubjectCode.functional("208").parent());
        assertEquals(SubjectCode.functional("208"), item.classCode());
        List<SubjectCode> all = List.of(SubjectCode.functional("208"), SubjectCode.functional("20801"),
                SubjectCode.functional("2080101"), SubjectCode.functional("2080109"), SubjectCode.functional("20805"),
                SubjectCode.functional("2080505"), SubjectCode.functional("210"));
        assertEquals(List.of(SubjectCode.functional("20801"), SubjectCode.functional("20805")),
                SubjectCode.functional("208").childrenIn(all));
        assertEquals(List.of(SubjectCode.functional("2080101"), SubjectCode.functional("2080109")),
                SubjectCode.functional("20801").childrenIn(all));
        assertTrue(SubjectCode.functional("20805").isParentOf(SubjectCode.functional("2080505")));
        assertFalse(SubjectCode.functional("208").isParentOf(SubjectCode.functional("2080505")));
    }

    @Test
    void economic_codes_have_类_款_and_a_local_third_level() {
        SubjectCode c = SubjectCode.economic("30101");
        assertEquals(Level.SECTION, c.level());
        assertEquals(Optional.of(SubjectCode.economic("301")), c.parent());
        // 重庆 2026 budgets print 3010201 under 30102 (a provincial extension of the national classification)
        SubjectCode local = SubjectCode.economic("3010201");
        assertEquals(Level.ITEM, local.level());
        assertEquals(Optional.of(SubjectCode.economic("30102")), local.parent());
        assertThrows(IllegalArgumentException.class, () -> SubjectCode.economic("301010101"));
        assertThrows(IllegalArgumentException.class, () -> SubjectCode.economic("3010"));
        assertFalse(SubjectCode.economic("301").isParentOf(SubjectCode.functional("30101")));
    }

    @Test
    void parse_accepts_codes_and_refuses_other_numbers() {
        assertEquals(Optional.of(SubjectCode.functional("2080101")), SubjectCode.parse(" 2080101 ", Scheme.FUNCTIONAL));
        assertEquals(Optional.empty(), SubjectCode.parse("2023", Scheme.FUNCTIONAL));
        assertEquals(Optional.empty(), SubjectCode.parse("872.87", Scheme.FUNCTIONAL));
        assertEquals(Optional.empty(), SubjectCode.parse("", Scheme.FUNCTIONAL));
        assertThrows(IllegalArgumentException.class, () -> SubjectCode.functional("20a"));
    }
}
