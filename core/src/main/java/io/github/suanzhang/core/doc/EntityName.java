package io.github.suanzhang.core.doc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the body a disclosure is about, taken apart so that the full name and the short names a
 * document prints for the same body compare equal: {@code 上海市普陀区司法局}, {@code 普陀区司法局} and (inside a
 * document of 普陀区) {@code 区司法局} are one body; {@code 中国共产党北京市委员会宣传部} and {@code 中共北京市委宣传部}
 * are one body; {@code 无锡市教育局（本级）} is the department 无锡市教育局's own unit.
 *
 * <p>How a name is read (each step a rule of how these names are written, never a list of bodies):
 * <ol>
 *   <li>NFKC, whitespace removed; full institutional names written short: {@code 人民代表大会（常务委员会）} →
 *       {@code 人大（常委会）}, {@code 人民政府} → {@code 政府}, {@code 街道办事处} → {@code 街道};</li>
 *   <li>a trailing {@code 部门}/{@code 单位} left over from a title ({@code 北京市信访办公室部门}) dropped;</li>
 *   <li>a trailing bracket: {@code （本级）} marks the department's own unit; any other bracket is an alias and is
 *       dropped from the key;</li>
 *   <li>{@code 中国人民政治协商会议某省委员会…} is {@code 某省政协…};</li>
 *   <li>{@code 中国共产党} is written {@code 中共}; the prefix is remembered but is not part of the key, and in a
 *       party name {@code …市委员会} is written {@code …市委} ({@code 委员会} of a commission such as
 *       {@code 卫生健康委员会} is left alone: only the one right after the region of a party name changes);</li>
 *   <li>leading administrative divisions ({@code 上海市}, {@code 普陀区}, at most three, each 2–7 characters
 *       without 省市县区 inside, then 省/自治区/自治州/市/区/县/旗) are the regions; what follows is the local name;</li>
 *   <li>a district government's {@code 政府} before a 街道 ({@code 某区政府万里街道}) is dropped: the 街道 is the body;</li>
 *   <li>a name that is only regions ({@code 上海市普陀区}) has an empty local name: it names no body;</li>
 *   <li>a name without regions takes those of the document ({@link DocumentInfo#region()});</li>
 *   <li>a local name that starts with the bare level of its innermost region ({@code 区司法局} in 普陀区) is read
 *       without it, unless the level character begins a word ({@code 市场}, {@code 市政工程}, {@code 区域} …);</li>
 *   <li>{@code 所属}/{@code 下属} inside the local name names the parent before it ({@code 司法局所属戒毒所}).</li>
 * </ol>
 *
 * @param printed the name as given
 * @param regions the administrative divisions, outermost first (may be empty)
 * @param local   the name inside the innermost region ({@code 司法局}); empty when the name is only a region
 * @param party   whether the name is a party body (中共/中国共产党)
 * @param own     whether the name is marked {@code （本级）}: a department's own unit
 * @param parent  the local name of the parent body named before 所属/下属, else null
 */
public record EntityName(String printed, List<String> regions, String local, boolean party, boolean own, String parent) {
    private static final Pattern REGION = Pattern.compile("^([^省市县区]{2,7}?(?:省|自治区|自治州|市|区|县|旗))");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{1,30})\\)$");
    /** Words that begin with a level character and are not "this level's": 市场 is no 市 + 场. */
    private static final List<String> LEVEL_WORDS = List.of("市场", "市政工程", "市政设施", "市政管理", "市容", "市民",
            "区域", "区块链", "县域", "省级", "市级", "区级", "县级");
    /**
     * Full names and the short forms every level of government uses for them, in the order applied: the short
     * form is the key. Institutional words only (人大, 常委会, 政府, 街道), never a body's own abbreviation (国资委).
     */
    private static final String[][] SHORT_FORMS = {
            {"人民代表大会常务委员会", "人大常委会"}, {"人民代表大会", "人大"}, {"人大常务委员会", "人大常委会"},
            {"人民政府", "政府"}, {"街道办事处", "街道"}};
    private static final String CPPCC = "中国人民政治协商会议";
    /** The most regions read off the front of one name. */
    private static final int MAX_REGIONS = 3;

    /** Missing regions are none; a missing local name is empty; the regions are copied. */
    public EntityName {
        regions = List.copyOf(regions == null ? List.of() : regions);
        local = local == null ? "" : local;
    }

    /** Reads {@code entity}; {@code documentRegion} (may be null) fills in when the name prints no region. */
    public static EntityName parse(String entity, String documentRegion) {
        if (entity == null) {
            return null;
        }
        String s = clean(entity);
        if (s.length() > 4 && (s.endsWith("部门") || s.endsWith("单位"))) {
            s = s.substring(0, s.length() - 2);
        }
        boolean own = false;
        Matcher b = BRACKET.matcher(s);
        while (b.find()) {
            if (b.group(1).equals("本级")) {
                own = true;
            }
            s = s.substring(0, b.start());
            b = BRACKET.matcher(s);
        }
        boolean cppcc = false;
        if (s.startsWith(CPPCC)) { // 中国人民政治协商会议东海市委员会办公厅 is 东海市政协办公厅
            cppcc = true;
            s = s.substring(CPPCC.length());
        }
        boolean party = false;
        if (s.startsWith("中国共产党")) {
            party = true;
            s = s.substring(5);
        } else if (s.startsWith("中共")) {
            party = true;
            s = s.substring(2);
        }
        List<String> regions = new ArrayList<>();
        String rest = s;
        for (int i = 0; i < MAX_REGIONS; i++) {
            Matcher m = REGION.matcher(rest);
            if (!m.find()) {
                break;
            }
            regions.add(m.group(1));
            rest = rest.substring(m.end());
        }
        if (party && rest.startsWith("委员会") && !regions.isEmpty()) {
            rest = "委" + rest.substring(3);
        }
        if (cppcc) {
            rest = "政协" + (rest.startsWith("委员会") ? rest.substring(3) : rest);
        }
        if (rest.startsWith("政府") && rest.contains("街道")) { // 某区人民政府万里街道办事处: the district's agency
            rest = rest.substring(2);
        }
        if (regions.isEmpty() && documentRegion != null) {
            EntityName r = parse(documentRegion + "_", null);
            regions.addAll(r.regions());
        }
        if (!regions.isEmpty()) {
            String inner = regions.get(regions.size() - 1);
            String level = inner.substring(inner.length() - 1);
            if (rest.length() >= 4 && rest.startsWith(level) && LEVEL_WORDS.stream().noneMatch(rest::startsWith)) {
                rest = rest.substring(1);
            }
        }
        String parent = null;
        for (String w : List.of("所属", "下属")) {
            int i = rest.indexOf(w);
            if (i >= 2 && i + w.length() < rest.length()) {
                parent = rest.substring(0, i);
                break;
            }
        }
        return new EntityName(entity, regions, rest, party, own, parent);
    }

    private static String clean(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200b]+", "");
        for (String[] f : SHORT_FORMS) {
            n = n.replace(f[0], f[1]);
        }
        return n;
    }

    /** The innermost region ({@code 普陀区}), or null. */
    public String region() {
        return regions.isEmpty() ? null : regions.get(regions.size() - 1);
    }

    /** Whether there is enough of a name to link on: a local name of at least two characters. */
    public boolean usable() {
        return local.length() >= 2;
    }

    /** The key two names of one body share: innermost region and local name, {@code 普陀区/司法局}. */
    public String key() {
        return (region() == null ? "" : region()) + "/" + local;
    }

    /** Whether {@code other} names the same body (same innermost region, or one has none; same local name). */
    public boolean sameBody(EntityName other) {
        return other != null && usable() && local.equals(other.local) && regionsAgree(other);
    }

    /** Whether the regions do not contradict: both innermost regions equal, or one name has no region. */
    public boolean regionsAgree(EntityName other) {
        return region() == null || other.region() == null || Objects.equals(region(), other.region());
    }

    /**
     * How this name (a unit's) belongs to {@code department}, or null: {@code own} for its （本级）, {@code parent}
     * for a 所属/下属 parent named as the department, {@code prefix} when the department's local name begins this
     * one's (武汉市人力资源和社会保障局 + 汉阳社会保险管理处).
     */
    public String unitOf(EntityName department) {
        if (department == null || !usable() || !department.usable() || !regionsAgree(department)) {
            return null;
        }
        if (own && local.equals(department.local)) {
            return "own";
        }
        if (parent != null && parent.equals(department.local)) {
            return "parent";
        }
        if (local.length() >= department.local.length() + 2 && local.startsWith(department.local)) {
            return "prefix";
        }
        return null;
    }
}
