package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.number.Amount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One checkable thing a narrative sentence says.
 *
 * @param kind       what kind of claim
 * @param text       the words of the claim (a part of the sentence)
 * @param subject    what it is about, as stated: 行政运行, 基本支出, 本年支出合计
 * @param code       the subject code it was resolved to, or null
 * @param figures    the figures by role ({@link FigureRole}), in order: {@code amount}; {@code share} and {@code whole};
 *                   {@code before}, {@code after}, {@code change}, {@code percent}; {@code budget},
 *                   {@code actual}, {@code rate}; for a breakdown each item's name
 * @param direction  the stated direction (增加/减少/持平) or null
 * @param year       a year the claim refers to, or null
 * @param attributes other stated facts by name: {@code 类}, {@code 款}, {@code 项} names; {@code of}
 *                   (what a share is of); {@code reference} (what a year reference refers to)
 * @param place      where the claim stands
 */
public record Claim(ClaimKind kind, String text, String subject, SubjectCode code, Map<String, Amount> figures,
                    Direction direction, Integer year, Map<String, String> attributes, Place place) {
    /** Requires the kind; copies the figures and attributes in their order. */
    public Claim {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
        place = place == null ? Place.UNKNOWN : place;
    }

    /** The figure under a {@link FigureRole}, or null. */
    public Amount figure(String role) {
        return figures.get(role);
    }
}
