package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Links a batch and runs the {@code batch.*} rules over the links. Two ways in:
 * <ul>
 *   <li>{@link #run(Iterable)}: a collection of {@link Disclosure}s in memory (each is indexed once; the
 *       indexes are kept, the disclosures are not);</li>
 *   <li>{@link #run(Iterable, Function, Consumer, Consumer)}: identities only, and a loader that builds a
 *       document's {@link DocumentIndex} when a rule needs it (the runner reads it back from the document's
 *       JSON). Memory then holds the identities, the links and the few indexes of one group of links at a time.</li>
 * </ul>
 */
public final class BatchAudit {
    private BatchAudit() {
    }

    /** A batch finding and the document it belongs to (the link's {@code from}). */
    public record BatchFinding(String document, String id, Finding finding) {
    }

    /** Everything a batch run produced: links (ambiguous ones included) and findings. */
    public record Result(List<Link> links, List<BatchFinding> findings, int unlinkable) {
    }

    /** Indexes, links and checks {@code disclosures} with {@link BatchRules#all()}. */
    public static Result run(Iterable<Disclosure> disclosures) {
        Map<String, DocumentIndex> indexes = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Disclosure d : disclosures) {
            DocumentIndex i = DocumentIndex.of(d);
            indexes.putIfAbsent(i.file(), i);
            sources.putIfAbsent(i.file(), d.source());
        }
        List<Link> links = new ArrayList<>();
        List<BatchFinding> findings = new ArrayList<>();
        int unlinkable = run(indexes.values().stream().map(DocumentIndex::identity).toList(), indexes::get, links::add,
                findings::add);
        return new Result(links, findings, unlinkable);
    }

    /**
     * Links {@code identities}, hands every link to {@code links}, runs the rules on each group of links (all
     * links of one kind from one document) with indexes from {@code load} (called with a file; may return null
     * when the document cannot be read back: its links are then not checked), and hands every finding to
     * {@code findings}. Returns the number of documents that could not be linked.
     */
    public static int run(Iterable<DocumentIdentity> identities, Function<String, DocumentIndex> load,
                          Consumer<Link> links, Consumer<BatchFinding> findings) {
        Linker linker = new Linker();
        Map<String, String> shaByFile = new LinkedHashMap<>();
        for (DocumentIdentity id : identities) {
            linker.add(id);
            if (id.sha256() != null) {
                shaByFile.put(id.file(), id.sha256());
            }
        }
        List<Link> all = linker.links();
        all.forEach(links);
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        for (Link l : all) {
            if (!l.ambiguous()) {
                groups.computeIfAbsent(l.kind().name() + "\u0000" + l.from(), k -> new ArrayList<>()).add(l);
            }
        }
        List<BatchRule> rules = BatchRules.all();
        Cache cache = new Cache(load);
        for (List<Link> g : groups.values()) {
            LinkKind kind = g.get(0).kind();
            List<BatchRule> applicable = rules.stream().filter(r -> r.kind() == kind).toList();
            if (applicable.isEmpty()) {
                continue;
            }
            DocumentIndex from = cache.get(g.get(0).from());
            if (from == null) {
                continue;
            }
            List<BatchRule.Linked> linked = new ArrayList<>();
            for (Link l : g) {
                DocumentIndex to = cache.get(l.to());
                if (to != null) {
                    linked.add(new BatchRule.Linked(l, to));
                }
            }
            if (linked.isEmpty()) {
                continue;
            }
            for (BatchRule r : applicable) {
                r.check(from, linked).forEach(f -> findings.accept(new BatchFinding(from.file(),
                        FindingId.of(new Source(from.file(), shaByFile.get(from.file()), 0, null, null), f), f)));
            }
        }
        return linker.skipped();
    }

    /** The last few indexes loaded (a department with its units, a chain of years): at most {@link #SIZE}. */
    private static final class Cache {
        static final int SIZE = 64;
        private final Function<String, DocumentIndex> load;
        private final LinkedHashMap<String, DocumentIndex> map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DocumentIndex> e) {
                return size() > SIZE;
            }
        };

        Cache(Function<String, DocumentIndex> load) {
            this.load = Objects.requireNonNull(load, "load");
        }

        DocumentIndex get(String file) {
            if (map.containsKey(file)) {
                return map.get(file);
            }
            DocumentIndex i = load.apply(file);
            map.put(file, i);
            return i;
        }
    }
}
