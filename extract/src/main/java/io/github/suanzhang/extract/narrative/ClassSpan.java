package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.CLASS_TRIPLE;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.LONE_TAG;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.trimName;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.ClaimAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A functional-classification name stated in a sentence: a triple {@code 一般公共服务支出(201类)财政事务(06款)
 * 行政运行(01项)} or a lone tag {@code 行政运行(项)}.
 *
 * @param start   where the first name starts
 * @param end     just after the last closing bracket
 * @param subject the lowest name stated (the 项 if any, else the 款, else the 类)
 * @param attrs   the names by level ({@code 类}, {@code 款}, {@code 项}) and, where a two-digit code part is
 *                printed, {@code codePart} and its {@code level}
 * @param code    the full code where one is printed (3, 5 or 7 digits), else null
 */
record ClassSpan(int start, int end, String subject, Map<String, String> attrs, SubjectCode code) {

    ClassSpan {
        attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    boolean covers(int pos) {
        return pos >= start && pos < end;
    }

    /** The class spans of {@code s}, in order of their start. */
    static List<ClassSpan> find(String s) {
        List<ClassSpan> classes = new ArrayList<>();
        // a match needs a literal 类) (CLASS_TRIPLE) or 款) / 项) (LONE_TAG); most sentences have none, and
        // the patterns' lazy names would otherwise be tried at every position (a third of claim time)
        boolean triples = s.contains("类)");
        boolean tags = s.contains("款)") || s.contains("项)");
        Matcher m = CLASS_TRIPLE.matcher(s);
        while (triples && m.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            String lei = trimName(m.group(1));
            a.put(ClaimAttribute.CLASS, lei);
            String last = lei;
            SubjectCode code = null;
            if (m.group(2) != null) {
                code = SubjectCode.functional(m.group(2));
            }
            if (m.group(3) != null) {
                a.put(ClaimAttribute.SECTION, m.group(3));
                last = m.group(3);
                if (m.group(4) != null) {
                    a.put("codePart", m.group(4));
                    a.put("level", "款");
                }
            }
            if (m.group(5) != null) {
                a.put(ClaimAttribute.ITEM, m.group(5));
                last = m.group(5);
                if (m.group(6) != null) {
                    a.put("codePart", m.group(6));
                    a.put("level", "项");
                }
            }
            int start = m.end(1) - lei.length();
            classes.add(new ClassSpan(start, m.end(), last, a, code));
        }
        Matcher t = LONE_TAG.matcher(s);
        while (tags && t.find()) {
            int at = t.start();
            if (classes.stream().anyMatch(c -> c.covers(at))) {
                continue;
            }
            String name = trimName(t.group(1));
            Map<String, String> a = new LinkedHashMap<>();
            a.put(t.group(3), name);
            SubjectCode code = null;
            String digits = t.group(2);
            if (digits != null) {
                if (digits.length() == 2) {
                    a.put("codePart", digits);
                    a.put("level", t.group(3));
                } else {
                    code = SubjectCode.functional(digits);
                }
            }
            classes.add(new ClassSpan(t.end(1) - name.length(), t.end(), name, a, code));
        }
        classes.sort(Comparator.comparingInt(ClassSpan::start));
        return List.copyOf(classes);
    }
}
