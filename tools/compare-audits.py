#!/usr/bin/env python3
"""Compares two audit output folders (`suanzhang audit --out DIR`) document by document.

    tools/compare-audits.py BEFORE_DIR AFTER_DIR [--details N]

For every document JSON present in either folder (matched by the input's sha256, else by file name) it
says whether the JSON is identical, and which parts differ (document info, tables, statements, findings,
problems). Then it prints the findings per rule and severity before and after, and the findings that
appeared or disappeared (a finding is keyed by rule, severity, message and its evidence places).

Exit status 0 when every document is identical, 1 otherwise: a restructuring step that must not change
behaviour is checked with `tools/compare-audits.py before after && echo unchanged`.
"""
import argparse
import collections
import json
import os
import sys

PARTS = ("document", "tables", "statements", "findings", "problems")


def load(folder):
    docs = {}
    d = os.path.join(folder, "documents")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            data = json.load(f)
        src = data.get("source") or {}
        key = src.get("sha256") or src.get("file") or name
        docs[key] = (src.get("file") or name, data)
    return docs


def finding_key(f):
    places = []
    for e in f.get("evidence") or []:
        p = e.get("place") or {}
        places.append((p.get("page"), json.dumps(p.get("box"), sort_keys=True)))
    return (f.get("rule"), f.get("severity"), f.get("message"), tuple(places))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--details", type=int, default=20, help="findings listed per direction (default 20)")
    a = ap.parse_args()
    before, after = load(a.before), load(a.after)
    identical, changed, parts_changed = 0, [], collections.Counter()
    counts = collections.defaultdict(lambda: [0, 0])
    gone, new = [], []
    for key in sorted(set(before) | set(after)):
        b = before.get(key, (None, {}))
        c = after.get(key, (None, {}))
        name = c[0] or b[0]
        if b[1] == c[1]:
            identical += 1
        else:
            diff = [p for p in PARTS if b[1].get(p) != c[1].get(p)]
            if key not in before:
                diff = ["only after"]
            elif key not in after:
                diff = ["only before"]
            changed.append((name, diff))
            parts_changed.update(diff)
        fb = [finding_key(f) for f in b[1].get("findings") or []]
        fc = [finding_key(f) for f in c[1].get("findings") or []]
        for f in fb:
            counts[(f[0], f[1])][0] += 1
        for f in fc:
            counts[(f[0], f[1])][1] += 1
        cb, cc = collections.Counter(fb), collections.Counter(fc)
        gone += [(name, f) for f in (cb - cc).elements()]
        new += [(name, f) for f in (cc - cb).elements()]
    print(f"documents: {len(set(before) | set(after))}, identical {identical}, changed {len(changed)}")
    for p, n in parts_changed.most_common():
        print(f"  {p} changed in {n}")
    for name, diff in changed:
        print(f"  {name}: {', '.join(diff)}")
    print("\nfindings per rule and severity (before -> after):")
    for (rule, sev), (x, y) in sorted(counts.items()):
        mark = "" if x == y else f"   ({y - x:+d})"
        print(f"  {rule:32s} {sev:8s} {x:5d} -> {y:5d}{mark}")
    tb = sum(v[0] for v in counts.values())
    ta = sum(v[1] for v in counts.values())
    print(f"  {'total':32s} {'':8s} {tb:5d} -> {ta:5d}")
    print(f"\nfindings gone: {len(gone)}, new: {len(new)}")
    for title, items in (("gone", gone), ("new", new)):
        for name, f in items[: a.details]:
            print(f"  {title}: {name} | {f[0]} {f[1]} | {f[2][:160]}")
    return 0 if not changed else 1


if __name__ == "__main__":
    sys.exit(main())
