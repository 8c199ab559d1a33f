package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.EntityName;
import io.github.suanzhang.core.doc.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links the documents of a batch from their identities alone (a few fields each: memory grows with the number
 * of documents by one small record, never by their tables). Add identities in any order, then ask for
 * {@link #links()}.
 *
 * <p>Documents with the same type, scope, year and entity ({@link EntityName#key()}) form a group: copies with
 * the same bytes are {@link LinkKind#DUPLICATE}s, two files that split one disclosure between them (narrative
 * and tables, 附件1 and 附件2: {@link Parts}) are its {@link LinkKind#PARTS}, other files are
 * {@link LinkKind#REPUBLISHED} versions. Between groups, one representative each (a file carrying tables and
 * narrative before one carrying tables before the narrative, then the first given): the previous year,
 * the 预算 of a 决算, the department of a unit. A name printed without a region that could be the same body in
 * several regions is listed as ambiguous, never linked.
 */
public final class Linker {
    /** Confidence lost per step of name matching beyond the identical key. */
    static final double SAME_KEY = 0.95;
    static final double UNIT_OWN = 0.9;
    static final double UNIT_PARENT = 0.85;
    static final double UNIT_PREFIX = 0.8;

    private final List<DocumentIdentity> docs = new ArrayList<>();
    private final Map<String, String> unlinkableBySha = new HashMap<>();
    private final List<Link> unlinkableDuplicates = new ArrayList<>();
    private int skipped;

    /** Adds one document; one that cannot be linked (no type, year or entity) is only counted. */
    public Linker add(DocumentIdentity id) {
        Objects.requireNonNull(id, "id");
        if (id.linkable() && id.scope() != Scope.UNKNOWN) {
            docs.add(id);
        } else {
            skipped++;
            if (id.sha256() != null) { // the same bytes are a duplicate whatever could be recognised
                String first = unlinkableBySha.putIfAbsent(id.sha256(), id.file());
                if (first != null) {
                    unlinkableDuplicates.add(Link.of(LinkKind.DUPLICATE, first, id.file(), 1.0, "相同文件内容（sha256 "
                            + id.sha256().substring(0, Math.min(12, id.sha256().length())) + "…）"));
                }
            }
        }
        return this;
    }

    /** How many documents were added that cannot be linked. */
    public int skipped() {
        return skipped;
    }

    private static String key(DocumentType t, Scope s, int year, String region, String local) {
        return t.name() + "|" + s.name() + "|" + year + "|" + (region == null ? "" : region) + "|" + local;
    }

    /**
     * The region part of a key: the innermost region, and the outermost one when the name prints two or more
     * (东海市江湾区 and 西海市江湾区 are two districts). A name that prints only the innermost (江湾区司法局) takes
     * the outer region of the other names of the batch with the same innermost region and local name when there
     * is exactly one; null when there are several (ambiguous).
     */
    private String region(EntityName n) {
        if (n.region() == null) {
            return null;
        }
        if (n.regions().size() >= 2) {
            return n.regions().get(0) + n.region();
        }
        java.util.Set<String> o = outers.getOrDefault(n.region() + "|" + n.local(), java.util.Set.of());
        if (o.size() > 1) {
            return null;
        }
        return o.isEmpty() ? n.region() : o.iterator().next() + n.region();
    }

    private final Map<String, java.util.Set<String>> outers = new HashMap<>();

    private String key(DocumentIdentity d) {
        return key(d.type(), d.scope(), d.year(), region(d.name()), d.name().local());
    }

    /** All links, groups first, then previous years, budget–final pairs and departments with units. */
    public List<Link> links() {
        outers.clear();
        for (DocumentIdentity d : docs) {
            EntityName n = d.name();
            if (n.regions().size() >= 2) {
                outers.computeIfAbsent(n.region() + "|" + n.local(), k -> new java.util.TreeSet<>()).add(n.regions().get(0));
            }
        }
        Map<String, List<DocumentIdentity>> groups = new LinkedHashMap<>();
        List<Link> out = new ArrayList<>(unlinkableDuplicates);
        for (DocumentIdentity d : docs) {
            EntityName n = d.name();
            if (n.region() != null && region(n) == null) {
                out.add(Link.ambiguous(LinkKind.REPUBLISHED, d.file(), docs.stream().filter(o -> o != d
                                && o.name().regions().size() >= 2 && o.name().key().equals(n.key())).map(DocumentIdentity::file)
                                .sorted().toList(),
                        "名称“" + n.printed() + "”只写了" + n.region() + "，批中有不同上级地区的同名" + n.region() + "：无法判断"));
                continue;
            }
            groups.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
        }
        Map<String, DocumentIdentity> rep = new HashMap<>();
        for (Map.Entry<String, List<DocumentIdentity>> g : groups.entrySet()) {
            List<DocumentIdentity> m = g.getValue();
            DocumentIdentity r = m.stream().min(Comparator.comparingInt(Linker::rank)).orElseThrow();
            rep.put(g.getKey(), r);
            within(m, r, out);
        }
        Map<String, List<String>> regionsByLocal = new HashMap<>();
        for (String k : groups.keySet()) {
            String[] p = k.split("\\|", -1);
            if (!p[3].isEmpty()) {
                regionsByLocal.computeIfAbsent(p[0] + "|" + p[1] + "|" + p[2] + "|" + p[4], x -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<String, DocumentIdentity> e : rep.entrySet()) {
            DocumentIdentity d = e.getValue();
            EntityName n = d.name();
            if (n.region() == null) {
                List<String> same = regionsByLocal.get(d.type().name() + "|" + d.scope().name() + "|" + d.year() + "|" + n.local());
                if (same != null) {
                    out.add(Link.ambiguous(LinkKind.REPUBLISHED, d.file(), same.stream().map(k -> rep.get(k).file()).sorted().toList(),
                            "名称“" + n.printed() + "”未写地区：可能是其中任一个的同一主体"));
                }
            }
        }
        for (DocumentIdentity d : sortedReps(rep)) {
            EntityName n = d.name();
            DocumentIdentity prev = rep.get(key(d.type(), d.scope(), d.year() - 1, region(n), n.local()));
            if (prev != null) {
                out.add(Link.of(LinkKind.PREVIOUS_YEAR, d.file(), prev.file(), conf(d, prev, SAME_KEY),
                        "同一主体 " + n.key() + "（“" + n.printed() + "”/“" + prev.name().printed() + "”）；" + d.year() + "→"
                                + prev.year() + "年 " + d.type().label() + "(" + d.scope().label() + ")"));
            }
            if (d.type() == DocumentType.FINAL_ACCOUNTS) {
                DocumentIdentity b = rep.get(key(DocumentType.BUDGET, d.scope(), d.year(), region(n), n.local()));
                if (b != null) {
                    out.add(Link.of(LinkKind.BUDGET_FINAL, d.file(), b.file(), conf(d, b, SAME_KEY),
                            "同一主体 " + n.key() + "（“" + n.printed() + "”/“" + b.name().printed() + "”）；" + d.year()
                                    + "年 决算与预算(" + d.scope().label() + ")"));
                }
            }
            if (d.scope() == Scope.UNIT) {
                departmentOf(d, rep, out);
            }
        }
        return out;
    }

    private static List<DocumentIdentity> sortedReps(Map<String, DocumentIdentity> rep) {
        return rep.values().stream().sorted(Comparator.comparing(DocumentIdentity::file)).toList();
    }

    private static void within(List<DocumentIdentity> members, DocumentIdentity rep, List<Link> out) {
        Map<String, DocumentIdentity> bySha = new HashMap<>();
        for (DocumentIdentity m : members) {
            if (m.sha256() != null) {
                DocumentIdentity first = bySha.putIfAbsent(m.sha256(), m);
                if (first != null) {
                    out.add(Link.of(LinkKind.DUPLICATE, first.file(), m.file(), 1.0, "相同文件内容（sha256 " + m.sha256()
                            .substring(0, Math.min(12, m.sha256().length())) + "…）"));
                    continue;
                }
            }
            if (m == rep) {
                continue;
            }
            String what = d(rep) + "（“" + rep.name().printed() + "”/“" + m.name().printed() + "”）";
            String parts = Parts.why(rep, m);
            if (parts != null) {
                DocumentIdentity tables = Parts.tables(rep, m);
                DocumentIdentity narrative = tables == rep ? m : rep;
                out.add(Link.of(LinkKind.PARTS, tables.file(), narrative.file(), conf(rep, m, SAME_KEY),
                        "同一公开分为两个文件（" + parts + "）：" + what));
            } else {
                out.add(Link.of(LinkKind.REPUBLISHED, rep.file(), m.file(), conf(rep, m, SAME_KEY),
                        "同一主体、年度、类型的两个文件：" + what));
            }
        }
    }

    private static String d(DocumentIdentity x) {
        return x.year() + "年 " + x.type().label() + "(" + x.scope().label() + ") " + x.name().key();
    }

    private void departmentOf(DocumentIdentity unit, Map<String, DocumentIdentity> rep, List<Link> out) {
        EntityName n = unit.name();
        String region = region(n);
        if (region == null) {
            return;
        }
        DocumentIdentity same = rep.get(key(unit.type(), Scope.DEPARTMENT, unit.year(), region, n.local()));
        if (n.own() && same != null) {
            out.add(Link.of(LinkKind.DEPARTMENT_UNIT, same.file(), unit.file(), conf(unit, same, UNIT_OWN),
                    "“" + n.printed() + "”是部门“" + same.name().printed() + "”的本级；" + unit.year() + "年 " + unit.type().label()));
            return;
        }
        if (same != null) {
            out.add(Link.ambiguous(LinkKind.DEPARTMENT_UNIT, unit.file(), List.of(same.file()),
                    "单位与部门同名（“" + n.printed() + "”），未标本级：是本级还是同一文件的两种识别，无法判断"));
            return;
        }
        if (n.parent() != null) {
            DocumentIdentity p = rep.get(key(unit.type(), Scope.DEPARTMENT, unit.year(), region, n.parent()));
            if (p != null) {
                out.add(Link.of(LinkKind.DEPARTMENT_UNIT, p.file(), unit.file(), conf(unit, p, UNIT_PARENT),
                        "“" + n.printed() + "”写明所属于“" + p.name().printed() + "”；" + unit.year() + "年 " + unit.type().label()));
                return;
            }
        }
        String local = n.local();
        for (int k = local.length() - 2; k >= 2; k--) {
            DocumentIdentity p = rep.get(key(unit.type(), Scope.DEPARTMENT, unit.year(), region, local.substring(0, k)));
            if (p != null) {
                out.add(Link.of(LinkKind.DEPARTMENT_UNIT, p.file(), unit.file(), conf(unit, p, UNIT_PREFIX),
                        "单位名称“" + n.printed() + "”以部门名称“" + p.name().printed() + "”开头；" + unit.year() + "年 "
                                + unit.type().label()));
                return;
            }
        }
    }

    /**
     * Which file of a group stands for it in links between groups: one carrying tables and narrative, then one
     * carrying tables (the figures other documents are compared with), then the narrative; a whole disclosure
     * before a part at equal content.
     */
    private static int rank(DocumentIdentity d) {
        int content = d.carriesTables() ? (d.carriesNarrative() ? 0 : 1) : d.carriesNarrative() ? 2 : 3;
        int kind = switch (d.kind()) {
            case DISCLOSURE -> 0;
            case DISCLOSURE_TABLES -> 1;
            case DISCLOSURE_NARRATIVE -> 2;
            default -> 3;
        };
        return content * 4 + kind;
    }

    private static double conf(DocumentIdentity a, DocumentIdentity b, double match) {
        double r = Math.min(a.confidence() <= 0 ? 0.5 : a.confidence(), b.confidence() <= 0 ? 0.5 : b.confidence());
        return Math.round(r * match * 100) / 100.0;
    }
}
