package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import java.util.List;
import java.util.Map;

/**
 * {@link ClaimKind#CLASS_NAMES}: every functional-classification name stated ({@code 一般公共服务支出(201类)
 * 财政事务(06款)行政运行(01项)}, {@code 行政运行(项)}), with its names by level and its code. Stateless.
 */
final class ClassNameReader {
    private ClassNameReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        return a.classes().stream()
                .map(c -> a.claim(ClaimKind.CLASS_NAMES, c.start(), c.end(), c.subject(), c.code(), Map.of(), null,
                        null, c.attrs()))
                .toList();
    }
}
