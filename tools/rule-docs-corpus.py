#!/usr/bin/env python3
"""Lists, per rule, the corpus documents where it fires, from audit output folders (findings.csv + summary.csv).

Usage: tools/rule-docs-corpus.py RULE[,RULE...] AUDIT_DIR...  → Markdown lines `- corpus file p.N — message`.
Used to fill the "Where it fires in the corpus" section of docs/rules/<id>.md.
"""
import csv, os, sys

rules = sys.argv[1].split(',')
for d in sys.argv[2:]:
    corpus = os.path.basename(os.path.normpath(d))
    files = {r['document']: os.path.basename(r['file']) for r in csv.DictReader(open(os.path.join(d, 'summary.csv')))}
    for r in csv.DictReader(open(os.path.join(d, 'findings.csv'))):
        if r['rule'] in rules:
            msg = r['message'].replace('\n', ' ')
            msg = msg if len(msg) <= 110 else msg[:110] + '…'
            print(f"- {corpus} `{files.get(r['document'], r['document'])}` {r['severity']} — {msg}")
