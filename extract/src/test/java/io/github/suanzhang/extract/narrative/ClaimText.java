package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One line per claim, for exact comparisons in tests:
 * {@code KIND subject [code=…] role=value+unit … [UP|DOWN|FLAT] [year] [attributes sorted by key]}, with
 * {@code -} for a missing subject. Figures keep their order (before, after, change, percent …).
 */
final class ClaimText {
    private ClaimText() {
    }

    static String of(Claim c) {
        StringBuilder b = new StringBuilder(c.kind().name()).append(' ').append(c.subject() == null ? "-" : c.subject());
        if (c.code() != null) {
            b.append(" code=").append(c.code().digits());
        }
        c.figures().forEach((k, v) -> b.append(' ').append(k).append('=').append(v.plain()).append(v.unit().label()));
        if (c.direction() != null) {
            b.append(' ').append(c.direction());
        }
        if (c.year() != null) {
            b.append(' ').append(c.year());
        }
        if (!c.attributes().isEmpty()) {
            TreeMap<String, String> sorted = new TreeMap<>(ClaimText::attributeOrder);
            sorted.putAll(c.attributes());
            b.append(' ').append(sorted);
        }
        return b.toString();
    }

    /** Attributes by name, except 类, 款, 项 last and in that order. */
    static int attributeOrder(String a, String b) {
        return rank(a).compareTo(rank(b));
    }

    private static String rank(String k) {
        return switch (k) {
            case "类" -> "\uFFF0";
            case "款" -> "\uFFF1";
            case "项" -> "\uFFF2";
            default -> k;
        };
    }

    static List<String> of(List<Claim> claims) {
        return claims.stream().map(ClaimText::of).sorted().collect(Collectors.toList());
    }

    /** Asserts the claims of {@code sentence} (read on its own, or with {@code context}) are exactly {@code expected}. */
    static void check(String sentence, Context context, String... expected) {
        List<Claim> claims = ClaimExtractor.extract(sentence, Place.UNKNOWN, context);
        assertEquals(sorted(expected), of(claims), sentence);
    }

    static void check(String sentence, String... expected) {
        check(sentence, Context.NONE, expected);
    }

    static List<String> sorted(String... expected) {
        List<String> e = new ArrayList<>(Arrays.asList(expected));
        e.sort(null);
        return e;
    }

    /** Debug aid: prints the statements of lines [from, to] of a file. */
    static void dump(Path file, int from, int to) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (Statement st : NarrativeReader.read(lines.subList(from - 1, to), from, null)) {
            System.out.println("## " + st.text());
            st.claims().forEach(c -> System.out.println("   " + of(c)));
        }
    }

    static Map<String, List<String>> bySentence(List<Statement> statements) {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (Statement st : statements) {
            if (!st.claims().isEmpty()) {
                m.merge(st.text(), of(st.claims()), (a, b2) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b2);
                    all.sort(null);
                    return all;
                });
            }
        }
        return m;
    }
}
