package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void sameFileNameInTwoFoldersGivesTwoNames() {
        assertNotEquals(OutputNames.of("x.pdf", "a/x.pdf"), OutputNames.of("x.pdf", "b/x.pdf"));
        assertEquals(OutputNames.of("x.pdf", "a/x.pdf"), OutputNames.of("x.pdf", "a/x.pdf"), "stable across runs");
    }

    @Test
    void noTraversalNoSeparatorsNoControlCharacters() {
        for (String hostile : new String[] {"../../etc/passwd", "..\\..\\windows\\system32", "a/\u0000b\u001b[31m.pdf",
            "/abs/path.pdf", "...", ".hidden.pdf", "-rf.pdf", "a\u202Efdp.exe", "con:*?<>|\".pdf", ""}) {
            String n = OutputNames.of(hostile, hostile);
            assertFalse(n.contains("/") || n.contains("\\") || n.contains(".."), n);
            assertFalse(n.startsWith(".") || n.startsWith("-"), n);
            assertTrue(n.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT), n);
            assertTrue(n.chars().noneMatch(c -> ":*?<>|\"".indexOf(c) >= 0), n);
        }
    }

    @Test
    void longNamesAreCappedAndKeepTheirHash() {
        String longName = "2023年度上海市普陀区社会福利院单位决算公开".repeat(10) + ".pdf";
        String n = OutputNames.of(longName, longName);
        assertTrue(n.getBytes(StandardCharsets.UTF_8).length < 200, n);
        assertTrue(n.matches(".*-[0-9a-f]{8}"), n);
        assertTrue(n.startsWith("2023年度上海市普陀区"), n);
    }

    @Test
    void readableChineseNamesStayReadable() {
        assertEquals("001_上海_2026年上海市司法局_部门预算",
                OutputNames.readable("001_上海__2026年上海市司法局_部门预算.pdf"));
        assertEquals("a_b_x", OutputNames.readable("a/b/x.pdf"));
    }
}
