package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.reconcile.RuleMeta;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch catalogue is whole: each rule final and stateless, with a unique batch.* id, a test class and a doc page. */
class BatchRulesTest {
    static Path docs() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs").resolve("rules"))) {
            p = p.getParent();
        }
        assertNotNull(p, "docs/rules not found");
        return p.resolve("docs").resolve("rules");
    }

    @Test
    void every_rule_is_final_stateless_tested_and_documented() throws Exception {
        List<BatchRule> rules = BatchRules.all();
        Set<String> ids = new HashSet<>();
        Set<LinkKind> kinds = new HashSet<>();
        for (BatchRule r : rules) {
            Class<?> c = r.getClass();
            assertTrue(Modifier.isFinal(c.getModifiers()), c + " is not final");
            RuleMeta m = c.getAnnotation(RuleMeta.class);
            assertNotNull(m, c + " has no @RuleMeta");
            assertTrue(m.id().startsWith("batch."), m.id());
            assertTrue(ids.add(m.id()), "duplicate " + m.id());
            kinds.add(r.kind());
            for (Field f : c.getDeclaredFields()) {
                assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), f + " is not a constant");
            }
            assertDoesNotThrow(() -> Class.forName(c.getName() + "Test"), c.getSimpleName() + " has no test class");
            Path doc = docs().resolve(m.id() + ".md");
            assertTrue(Files.isRegularFile(doc), "missing " + doc);
            assertTrue(Files.readString(doc).contains(m.id()), doc + " does not name its id");
        }
        assertEquals(4, rules.size());
    }
}
