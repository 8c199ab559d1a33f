package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which labelled cover line names the document's body. District covers print {@code 预算主管部门：某区某局} under a
 * title that names only the district ({@code 某市某区2031年区级部门预算}); a unit's cover may print both its
 * supervising department and its own {@code 预算单位：} line.
 */
class CoverLineTest {
    @Test
    void the_supervising_department_names_a_department_document() {
        assertEquals(0, PdfDisclosureReader.coverLine(List.of("预算主管部门")));
        assertEquals(0, PdfDisclosureReader.coverLine(List.of("主管部门")));
    }

    @Test
    void a_units_own_line_wins_over_its_supervising_department() {
        assertEquals(1, PdfDisclosureReader.coverLine(List.of("预算主管部门", "预算单位")));
        assertEquals(0, PdfDisclosureReader.coverLine(List.of("单位名称", "主管部门")));
    }

    @Test
    void no_labelled_line_no_cover_entity() {
        assertEquals(-1, PdfDisclosureReader.coverLine(List.of()));
    }
}
