package io.github.suanzhang.bench.mutate;

/**
 * What became of one plant.
 *
 * @param document the document's file name
 * @param city     the city (or province) it comes from
 * @param type     BUDGET or FINAL_ACCOUNTS
 * @param plant    the plant
 * @param found    whether a new ERROR or WARNING finding carries the planted figure (or the difference, or
 *                 the planted word or year, or stands at the planted sentence for words and years)
 * @param rule     the rule of that finding, or empty
 * @param reason   for a miss: {@value #NOT_READ}, {@value #NOT_MATCHED}, {@value #NO_RULE}, {@value #TOLERANCE}
 *                 or {@value #INFO_ONLY}; empty when found
 */
public record Outcome(String document, String city, String type, Plant plant, boolean found, String rule, String reason) {
    public static final String NOT_READ = "claim not read";
    public static final String NOT_MATCHED = "subject not matched";
    public static final String NO_RULE = "no rule compares it";
    public static final String TOLERANCE = "tolerance";
    public static final String INFO_ONLY = "found at INFO only";
}
