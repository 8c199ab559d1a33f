package io.github.suanzhang.testdata.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBatchTest {
    final SyntheticBatch batch = new SyntheticBatch(SyntheticBatch.seed());

    @Test
    void a_family_without_plants_keeps_the_seeds_figures_and_names_its_bodies() {
        List<SyntheticBatch.Planted> planted = new ArrayList<>();
        List<SyntheticBatch.Doc> docs = batch.family(2, planted);
        assertEquals(SyntheticBatch.PER_FAMILY, docs.size());
        assertEquals(List.of(), planted);
        String city = SyntheticBatch.city(2);
        SyntheticBatch.Doc dept = docs.get(0);
        assertTrue(dept.text().startsWith("2023年度" + city + "人力资源和社会保障局\n\n部门决算公开"), dept.text().substring(0, 40));
        assertFalse(dept.text().contains("社会保险管理处"));
        SyntheticBatch.Doc unit = docs.get(1);
        assertTrue(unit.text().contains(city + "人力资源和社会保障局汉阳社会保险管理处"));
        assertTrue(unit.text().contains("872.87") && unit.text().contains("18.29"));
        // the extra file is an exact copy (a duplicate)
        assertEquals(unit.text(), docs.get(docs.size() - 1).text());
        // one year on: 2024, and no change against 2023 stated
        String next = docs.get(5).text();
        assertTrue(next.startsWith("2024年度"));
        assertFalse(next.contains("244.12"));
    }

    @Test
    void plants_are_where_the_manifest_says() {
        List<SyntheticBatch.Planted> planted = new ArrayList<>();
        List<SyntheticBatch.Doc> f0 = batch.family(0, planted);
        assertEquals(List.of(new SyntheticBatch.Planted("batch.previous-year", "f00000_danwei0_2024.txt",
                "f00000_danwei0_2023.txt")), planted);
        assertTrue(text(f0, "f00000_danwei0_2024.txt").contains("比2024年度决算数减少10.00万元".replace("2024", "2023")));
        planted.clear();
        List<SyntheticBatch.Doc> f5 = batch.family(5, planted);
        assertEquals(2, planted.size(), planted.toString());
        assertTrue(text(f5, "f00005_danwei1_2023.txt").contains("972.87"));
        assertFalse(text(f5, "f00005_danwei0_2023.txt").contains("972.87"));
        assertTrue(text(f5, "f00005_danwei0_2023_v2.txt").contains("18.39"));
        assertNotEquals(text(f5, "f00005_danwei0_2023.txt"), text(f5, "f00005_danwei0_2023_v2.txt"));
    }

    @Test
    void cities_are_distinct_across_a_batch_of_ten_thousand() {
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < 10_000 / SyntheticBatch.PER_FAMILY + 1; f++) {
            String c = SyntheticBatch.city(f);
            assertTrue(seen.add(c), c);
            assertFalse(c.substring(0, c.length() - 1).matches(".*[省市县区].*"), c);
        }
    }

    @Test
    void an_edit_whose_text_is_missing_fails() {
        assertThrows(IllegalStateException.class, () -> SyntheticBatch.edit("abc", "x", "y"));
    }

    @Test
    void writes_the_files_and_the_manifest(@TempDir Path dir) throws Exception {
        List<SyntheticBatch.Planted> p = batch.write(dir, 80);
        try (var s = Files.list(dir)) {
            assertEquals(81, s.count());
        }
        assertEquals(p.size() + 1, Files.readAllLines(dir.resolve("planted.tsv")).size());
        assertEquals(1 + 1 + 3, p.size(), p.toString()); // families 0..9: prev-year 0; units 5; republished 1, 5, 9
    }

    static String text(List<SyntheticBatch.Doc> docs, String name) {
        return docs.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().text();
    }
}
