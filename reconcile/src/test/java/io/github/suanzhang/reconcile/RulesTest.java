package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is whole: every {@link Rule} class compiled into this module is in {@link Rules#all()},
 * is final and stateless, carries {@link RuleMeta} with a unique, well-formed id, and has its own test
 * class and its page {@code docs/rules/<id>.md}.
 */
class RulesTest {

    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** Every concrete Rule class under target/classes (main code only, not the test rules). */
    static Set<Class<?>> ruleClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, RulesTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("reconcile"))
                    && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new AssertionError("project root (with docs/ and reconcile/) not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void every_rule_class_is_registered_and_nothing_else() throws Exception {
        Set<String> found = ruleClasses().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = Rules.all().stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(found.isEmpty(), "no rule classes found: the scan is broken");
        assertEquals(found, registered);
        assertEquals(Rules.all().size(), registered.size(), "a rule registered twice");
    }

    @Test
    void ids_are_unique_and_well_formed() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids: " + ids);
        for (String id : ids) {
            assertTrue(ID.matcher(id).matches(), "malformed id " + id);
        }
        for (Rule r : Rules.all()) {
            assertFalse(r.meta().summary().isBlank(), r.id() + " has no summary");
        }
    }

    @Test
    void rules_are_final_and_stateless() throws Exception {
        for (Class<?> c : ruleClasses()) {
            assertTrue(Modifier.isFinal(c.getModifiers()), c + " is not final");
            assertNotNull(c.getAnnotation(RuleMeta.class), c + " has no @RuleMeta");
            for (Field f : c.getDeclaredFields()) {
                assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
                        c.getSimpleName() + "." + f.getName() + " is not a constant");
            }
        }
    }

    @Test
    void every_rule_has_a_test_class_and_a_doc() throws Exception {
        Path docs = projectRoot().resolve("docs").resolve("rules");
        for (Class<?> c : ruleClasses()) {
            assertDoesNotThrow(() -> Class.forName(c.getName() + "Test"), c.getSimpleName() + " has no test class");
            String id = c.getAnnotation(RuleMeta.class).id();
            Path doc = docs.resolve(id + ".md");
            assertTrue(Files.isRegularFile(doc), "missing " + doc);
            assertTrue(Files.readString(doc).contains(id), doc + " does not name its rule id");
        }
    }
}
