#!/usr/bin/env python3
"""Summarises a bench/corpus-bench.sh run (runs.tsv, pages.tsv, machine.txt) as Markdown on stdout."""
import csv
import os
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]
pages = {}
with open(os.path.join(out, "pages.tsv"), encoding="utf-8") as f:
    for line in f:
        n, p = line.rstrip("\n").split("\t")
        pages[n] = int(p)

runs = defaultdict(list)  # (phase, tool, file) -> [(wall, rss, rc, load, cpu)]
with open(os.path.join(out, "runs.tsv"), encoding="utf-8") as f:
    r = csv.DictReader(f, delimiter="\t")
    for row in r:
        rc, load = row["exit_load1"].split(" ")
        try:
            wall, rss, cpu = float(row["wall_s"]), int(row["rss_kb"]), float(row.get("cpu_s") or "nan")
        except ValueError:
            continue
        runs[(row["phase"], row["tool"], row["file"])].append((wall, rss, int(rc), float(load), cpu))

def med(xs):
    return statistics.median(xs) if xs else float("nan")

def spread(xs):
    return f"{min(xs):.2f}–{max(xs):.2f}" if len(xs) > 1 else "–"

print("# corpus-bench summary\n")
print("```")
print(open(os.path.join(out, "machine.txt"), encoding="utf-8").read().rstrip())
print("```\n")

present = {k[1] for k in runs if k[0] == "perfile"}
tools = ["suanzhang", "tabula", "pdftotext"]
extra = [t for t in ["suanzhang-nohtml"] if t in present]
files = [n for n in pages if any(("perfile", t, n) in runs for t in tools + extra)]
if files:
    loads = [x[3] for k, v in runs.items() if k[0] == "perfile" for x in v]
    print(f"## Per file (median wall seconds of {max(len(runs[('perfile', 'suanzhang', n)]) for n in files)} "
          f"rounds, min–max; load average during the runs: median {med(loads):.1f}, "
          f"range {min(loads):.1f}–{max(loads):.1f})\n")
    print("| file | pages | suanzhang s | tabula s | pdftotext s | suanzhang p/s | sz/tabula | sz/pdftotext "
          "| CPU s sz / tabula / pdftotext | RSS MB sz / tabula / pdftotext | sz exit |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|")
    totc = defaultdict(float)
    tot = defaultdict(float)
    ratios_t, ratios_p = [], []
    for n in sorted(files, key=lambda x: (pages[x], x)):
        m, s, rss, rcs, c = {}, {}, {}, set(), {}
        for t in tools:
            v = runs.get(("perfile", t, n), [])
            m[t] = med([x[0] for x in v])
            s[t] = spread([x[0] for x in v])
            rss[t] = max([x[1] for x in v], default=0) / 1024
            c[t] = med([x[4] for x in v])
            totc[t] += c[t]
            if t == "suanzhang":
                rcs = sorted({x[2] for x in v})
            tot[t] += m[t]
        rt = m["suanzhang"] / m["tabula"] if m["tabula"] else float("nan")
        rp = m["suanzhang"] / m["pdftotext"] if m["pdftotext"] else float("nan")
        ratios_t.append(rt)
        ratios_p.append(rp)
        pps = pages[n] / m["suanzhang"] if m["suanzhang"] else float("nan")
        print(f"| {n} | {pages[n]} | {m['suanzhang']:.2f} ({s['suanzhang']}) | {m['tabula']:.2f} ({s['tabula']}) "
              f"| {m['pdftotext']:.2f} ({s['pdftotext']}) | {pps:.1f} | {rt:.2f} | {rp:.1f} "
              f"| {c['suanzhang']:.1f} / {c['tabula']:.1f} / {c['pdftotext']:.2f} "
              f"| {rss['suanzhang']:.0f} / {rss['tabula']:.0f} / {rss['pdftotext']:.0f} | {','.join(map(str, rcs))} |")
    total_pages = sum(pages[n] for n in files)
    print(f"\n**Total** ({len(files)} files, {total_pages} pages; sums of the per-file medians, one JVM per file):\n")
    print("| tool | wall s | pages/s (wall) | CPU s (user+sys) | pages per CPU-s |")
    print("|---|---:|---:|---:|---:|")
    for t in tools:
        print(f"| {t} | {tot[t]:.1f} | {total_pages / tot[t]:.1f} | {totc[t]:.1f} | {total_pages / totc[t]:.1f} |")
    print(f"\nRatio of totals (wall): suanzhang / tabula-java = {tot['suanzhang'] / tot['tabula']:.2f}; "
          f"suanzhang / pdftotext = {tot['suanzhang'] / tot['pdftotext']:.1f}. "
          f"(CPU: {totc['suanzhang'] / totc['tabula']:.2f} and {totc['suanzhang'] / totc['pdftotext']:.1f}.) "
          f"Median of per-file ratios: {med(ratios_t):.2f} and {med(ratios_p):.1f}.\n")
    for t in extra:
        print(f"\n{t} (audit --format json,csv: no HTML report, no pictures) against tabula-java:\n")
        print("| file | pages | " + t + " s | CPU s | tabula s | ratio (wall) | ratio (CPU) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        tw = tc = xw = xc = 0.0
        for n in sorted(files, key=lambda x: (pages[x], x)):
            v, u = runs.get(("perfile", t, n), []), runs.get(("perfile", "tabula", n), [])
            if not v or not u:
                continue
            a, ac = med([x[0] for x in v]), med([x[4] for x in v])
            b, bc = med([x[0] for x in u]), med([x[4] for x in u])
            tw, tc, xw, xc = tw + a, tc + ac, xw + b, xc + bc
            print(f"| {n} | {pages[n]} | {a:.2f} ({spread([x[0] for x in v])}) | {ac:.1f} | {b:.2f} | {a / b:.2f} | {ac / bc:.2f} |")
        if xw:
            print(f"| **total** | | {tw:.1f} | {tc:.1f} | {xw:.1f} | {tw / xw:.2f} | {tc / xc:.2f} |")
        print()
    # time vs pages: least squares per tool
    print("Time vs pages (least squares over the files, wall = a + b·pages):\n")
    for t in tools:
        xs = [pages[n] for n in files]
        ys = [med([x[0] for x in runs.get(("perfile", t, n), [])]) for n in files]
        mx, my = statistics.mean(xs), statistics.mean(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else float("nan")
        a = my - b * mx
        print(f"- {t}: a = {a:.2f} s (start-up), b = {b * 1000:.1f} ms/page")
    print()

batch = {k: v for k, v in runs.items() if k[0] == "batch"}
if batch:
    loads = [x[3] for v in batch.values() for x in v]
    total_pages = sum(pages.values())
    print(f"## Whole corpus in one process ({len(pages)} files, {total_pages} pages; "
          f"load average median {med(loads):.1f}, range {min(loads):.1f}–{max(loads):.1f})\n")
    print("| run | median wall s (min–max) | pages/s | median CPU s | peak RSS MB (max) | exit codes | rounds |")
    print("|---|---:|---:|---:|---:|---|---:|")
    order = ["jobs1", "nohtml-jobs1", "jobs2", "xmx512-jobs1", "xmx512-jobs2", "tabula"]
    meds = {}
    for t in order:
        v = batch.get(("batch", t, "ALL"))
        if not v:
            continue
        w = [x[0] for x in v]
        meds[t] = med(w)
        print(f"| {t} | {med(w):.1f} ({spread(w)}) | {total_pages / med(w):.1f} | {med([x[4] for x in v]):.1f} "
              f"| {max(x[1] for x in v) / 1024:.0f} "
              f"| {','.join(str(c) for c in sorted({x[2] for x in v}))} | {len(v)} |")
    if "jobs1" in meds and "jobs2" in meds:
        print(f"\n--jobs 2 speed-up over --jobs 1: {meds['jobs1'] / meds['jobs2']:.2f}×")
    if "jobs1" in meds and "tabula" in meds:
        print(f"\nsuanzhang --jobs 1 / tabula (both one JVM over the whole corpus): {meds['jobs1'] / meds['tabula']:.2f}")
    if "nohtml-jobs1" in meds and "tabula" in meds:
        print(f"\nsuanzhang --format json,csv --jobs 1 / tabula: {meds['nohtml-jobs1'] / meds['tabula']:.2f}")
    # statuses from the audits' summary.csv
    counts = defaultdict(lambda: defaultdict(int))
    for fn in sorted(os.listdir(out)):
        if fn.startswith("batch-") and fn.endswith("-summary.csv"):
            kind = fn[len("batch-"):].rsplit("-", 2)[0]
            with open(os.path.join(out, fn), encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    counts[kind][row.get("status", "?")] += 1
    if counts:
        print("\nStatuses in the audits' summary.csv (all rounds added):\n")
        for kind, c in counts.items():
            print(f"- {kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
