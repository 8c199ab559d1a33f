#!/usr/bin/env python3
"""Table-figure coverage per table kind over audit output folders (issue 14).

usage: tools/cell-coverage.py [--markdown] [--uncovered KIND] OUT_DIR [OUT_DIR ...]

Reads OUT_DIR/documents/*.json (the `cellCoverage` object of each document, docs/schema.md) and prints, per
table kind, the figures of the standard tables and how many at least one identity compared; with two groups
separated by `--` (before -- after) it prints both side by side. `--uncovered KIND` lists the uncovered cells
of one kind by column key and by row label (what to close next).
"""
import collections
import glob
import json
import os
import sys


def load(dirs):
    kinds = collections.defaultdict(lambda: [0, 0])
    docs = 0
    unc = []
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, 'documents', '*.json'))):
            with open(f, encoding='utf-8') as h:
                j = json.load(h)
            c = j.get('cellCoverage')
            if not c:
                continue
            docs += 1
            for k, v in c.get('kinds', {}).items():
                kinds[k][0] += v['figures']
                kinds[k][1] += v['covered']
            for u in c.get('uncovered', []):
                unc.append((os.path.basename(f), u))
    return docs, kinds, unc


def pct(a, b):
    return f"{a}/{b} ({100.0 * a / b:.1f}%)" if b else "–"


def main(argv):
    md = '--markdown' in argv
    argv = [a for a in argv if a != '--markdown']
    kind = None
    if '--uncovered' in argv:
        i = argv.index('--uncovered')
        kind = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    groups = [[]]
    for a in argv:
        if a == '--':
            groups.append([])
        else:
            groups[-1].append(a)
    loaded = [load(g) for g in groups]
    if kind:
        _, _, unc = loaded[-1]
        by_col = collections.Counter(u['column'] for _, u in unc if u['kind'] == kind)
        by_label = collections.Counter((u.get('label') or '')[:20] for _, u in unc if u['kind'] == kind)
        print('by column:', by_col.most_common(30))
        print('by label:', by_label.most_common(40))
        return
    names = sorted(set().union(*[set(l[1]) for l in loaded]), key=lambda k: -loaded[0][1][k][0])
    head = ['kind'] + [f"covered ({'before' if i == 0 and len(loaded) > 1 else 'after' if len(loaded) > 1 else 'now'})" for i in range(len(loaded))]
    rows = []
    for k in names:
        rows.append([k] + [pct(l[1][k][1], l[1][k][0]) for l in loaded])
    rows.append(['all'] + [pct(sum(v[1] for v in l[1].values()), sum(v[0] for v in l[1].values())) for l in loaded])
    if md:
        print('| ' + ' | '.join(head) + ' |')
        print('|' + '---|' * len(head))
        for r in rows:
            print('| ' + ' | '.join(r) + ' |')
    else:
        for r in [head] + rows:
            print('  '.join(f"{x:<44}" if i == 0 else f"{x:<24}" for i, x in enumerate(r)))
    print(f"documents: {', '.join(str(l[0]) for l in loaded)}")


if __name__ == '__main__':
    main(sys.argv[1:])
