package io.github.suanzhang.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch step over documents' JSON as an audit writes them: two versions of the seed, one edited. */
class BatchLinksTest {
    @TempDir
    Path dir;

    Path json(String name, String text) throws Exception {
        Path txt = dir.resolve(name + ".txt");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Disclosure d = new DefaultDisclosureReader().read(txt);
        Path j = dir.resolve(name + ".json");
        try (OutputStream o = Files.newOutputStream(j)) {
            Json.write(new Audit(d, List.of()), o);
        }
        return j;
    }

    @Test
    void links_and_findings_are_written_from_the_documents_json() throws Exception {
        String seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = seed.replace("行政运行\t872.87\t872. 87", "行政运行\t827.87\t827. 87");
        Path out = Files.createDirectories(dir.resolve("out"));
        BatchLinks.Counts c = BatchLinks.write(List.of(json("v1", seed), json("v2", edited), dir.resolve("missing.json")), out);
        assertEquals(2, c.documents());
        assertEquals(1, c.links());
        assertEquals(2, c.findings());
        List<String> links = Files.readAllLines(out.resolve(BatchLinks.LINKS));
        assertEquals(2, links.size());
        assertTrue(links.get(1).startsWith("republished,linked,"), links.get(1));
        JsonNode b = Json.mapper().readTree(out.resolve(BatchLinks.JSON).toFile());
        assertEquals("republished", b.get("links").get(0).get("kind").asText());
        JsonNode f = b.get("findings").get(0);
        assertEquals("batch.republished", f.get("rule").asText());
        assertTrue(f.get("evidence").get(1).get("document").asText().endsWith("v2.txt"));
        assertEquals(16, f.get("id").asText().length());
        assertEquals(3, Files.readAllLines(out.resolve(BatchLinks.FINDINGS)).size());
    }
}
