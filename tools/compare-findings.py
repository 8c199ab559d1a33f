#!/usr/bin/env python3
"""Per-rule counts of ERROR / WARNING / INFO / not-checkable in two audit outputs (findings.csv and
documents/*.json), and the findings that appeared / disappeared (by document, rule, severity, first page,
figures). Usage: compare-findings.py BEFORE_DIR AFTER_DIR [--list]"""
import csv, collections, glob, json, os, sys

def load(d):
    rows = []
    for f in glob.glob(os.path.join(d, 'documents', '*.json')):
        doc = json.load(open(f))
        name = os.path.basename(f)[:-5].rsplit('-', 1)[0]  # without the path hash
        for x in doc.get('findings', []):
            m = x.get('match') or {}
            nc = str(m.get('how', '')).startswith('not-checkable:')
            ev = x.get('evidence') or [{}]
            page = (ev[0].get('place') or {}).get('page') or (ev[0].get('place') or {}).get('line')
            figs = ';'.join(f"{k}={v.get('value')}" for k, v in (x.get('figures') or {}).items() if k in ('stated', 'table', 'part', 'base', 'change', 'after'))
            rows.append((name, x['rule'], 'NC' if nc else x['severity'], str(page), figs, x['message']))
    return rows

def counts(rows):
    c = collections.Counter()
    for r in rows:
        c[(r[1], r[2])] += 1
    return c

before, after = load(sys.argv[1]), load(sys.argv[2])
if '--common' in sys.argv:  # only documents present in both (a subset run)
    common = {r[0] for r in before} & {r[0] for r in after}
    before = [r for r in before if r[0] in common]
    after = [r for r in after if r[0] in common]
cb, ca = counts(before), counts(after)
rules = sorted({k[0] for k in cb} | {k[0] for k in ca})
print('| rule | ERROR before | after | WARNING before | after | INFO before | after | not-checkable before | after |')
print('|---|---|---|---|---|---|---|---|---|')
for r in rules:
    cells = []
    for s in ('ERROR', 'WARNING', 'INFO', 'NC'):
        cells += [str(cb[(r, s)]), str(ca[(r, s)])]
    print('| ' + r + ' | ' + ' | '.join(cells) + ' |')
tot = lambda c, s: sum(v for k, v in c.items() if k[1] == s)
print('| **all** | ' + ' | '.join(f'{tot(cb,s)} | {tot(ca,s)}' for s in ('ERROR', 'WARNING', 'INFO', 'NC')) + ' |')
if '--list' in sys.argv:
    kb = collections.Counter(r[:5] for r in before)
    ka = collections.Counter(r[:5] for r in after)
    msgs = {r[:5]: r[5] for r in before + after}
    for k in sorted((kb - ka).keys()):
        if k[2] in ('ERROR', 'WARNING'):
            print('GONE', *k, msgs[k][:160])
    for k in sorted((ka - kb).keys()):
        if k[2] in ('ERROR', 'WARNING'):
            print('NEW ', *k, msgs[k][:160])
