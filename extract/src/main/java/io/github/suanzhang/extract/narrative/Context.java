package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.number.Amount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sentence inherits from the sentences before it in the same passage: the subject they were
 * about (a numbered item's heading {@code 1. 一般公共服务支出(类)财政事务(款)行政运行(项)。}, or the main
 * subject of the previous sentence) and, where stated, its amount. Used only where a sentence names no
 * subject of its own ({@code 年初预算为917.66万元…}, {@code 占78.9%}, {@code 其中:燃料费0.7万元;…}).
 *
 * @param subject    the inherited subject, or null
 * @param amount     its amount where the earlier sentence stated one (for a breakdown's total), or null
 * @param attributes the subject's class names ({@code 类}, {@code 款}, {@code 项}) and code part, if any
 * @param heading    whether the subject comes from an item heading (it then lasts until the next heading)
 */
public record Context(String subject, Amount amount, Map<String, String> attributes, boolean heading) {
    public static final Context NONE = new Context(null, null, Map.of(), false);

    public Context {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }

    public boolean isEmpty() {
        return subject == null;
    }
}
