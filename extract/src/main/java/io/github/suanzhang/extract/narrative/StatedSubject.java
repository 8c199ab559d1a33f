package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.MEASURE_CUT;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.MEASURE_KEEP;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.cleanSubject;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.dropFeeSpending;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.measureOf;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.stripBase;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.ClaimAttribute;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The subject a stretch of a sentence states: a class span's lowest name, else the cleaned words, with the
 * measure the words name ({@code 年初预算数}, {@code 决算}, {@code 合计}…).
 *
 * @param name       the subject's name (possibly empty)
 * @param measure    the measure stated with it, or null
 * @param classAttrs the class names of a class span in the stretch
 * @param code       the code printed in that span, or null
 */
record StatedSubject(String name, String measure, Map<String, String> classAttrs, SubjectCode code) {

    StatedSubject {
        classAttrs = Collections.unmodifiableMap(new LinkedHashMap<>(classAttrs));
    }

    /** The subject stated in s[from, to): the last class span inside it, else the cleaned words. */
    static StatedSubject of(String s, List<ClassSpan> classes, int from, int to) {
        String text = s.substring(from, to);
        Map<String, String> attrs = new LinkedHashMap<>();
        SubjectCode code = null;
        String classPart = null;
        for (ClassSpan c : classes) {
            if (c.start() >= from && c.end() <= to) {
                classPart = c.subject();
                attrs = new LinkedHashMap<>(c.attrs());
                code = c.code();
                text = s.substring(c.end(), to);
            }
        }
        text = stripBase(text);
        String name = cleanSubject(text);
        String measure = null;
        Matcher cut = MEASURE_CUT.matcher(name);
        if (cut.find()) {
            measure = measureOf(cut.group(1));
            name = dropFeeSpending(cleanSubject(name.substring(0, cut.start())));
        }
        if (classPart != null) {
            // 一般公共服务(类)支出 → 一般公共服务支出; 一般公共服务支出(类)支出 stays 一般公共服务支出
            name = classPart + (GENERIC.contains(name) && !name.isEmpty() && attrs.size() == 1 && attrs.containsKey(ClaimAttribute.CLASS)
                    && !classPart.endsWith(name) ? name : "");
        }
        if (measure == null) {
            Matcher keep = MEASURE_KEEP.matcher(name);
            if (keep.find()) {
                measure = keep.group(1);
            }
        }
        return new StatedSubject(name, measure, attrs, code);
    }
}
