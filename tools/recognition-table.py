#!/usr/bin/env python3
"""Recognition table: what an audit recognised (documents/*.json, summary.csv) against the truth read
off the rendered covers (a TSV: file, kind, genre_or_part, type, scope, year, entity, note).

usage: recognition-table.py TRUTH.tsv AUDIT_DIR [--markdown]
Prints one line per file and the counts right on type/scope/year/entity (over the files whose truth is a
disclosure or a part of one and that have a text layer) and on kind (over all files)."""
import csv, glob, json, os, re, sys

TYPE = {'BUDGET': '预算', 'FINAL_ACCOUNTS': '决算'}
SCOPE = {'DEPARTMENT': '部门', 'UNIT': '单位', 'GOVERNMENT': '政府'}


def compact(s):
    return re.sub(r'\s+', '', s or '')


def main():
    truth_path, audit = sys.argv[1], sys.argv[2]
    md = '--markdown' in sys.argv
    truth = list(csv.DictReader(open(truth_path, encoding='utf-8'), delimiter='\t'))
    summary = {}
    for r in csv.DictReader(open(os.path.join(audit, 'summary.csv'), encoding='utf-8')):
        summary[os.path.basename(r['file'])] = r
    docs = {}
    for f in glob.glob(os.path.join(audit, 'documents', '*.json')):
        d = json.load(open(f, encoding='utf-8'))
        docs[os.path.basename(d['source']['file'])] = d
    n = {'type': 0, 'scope': 0, 'year': 0, 'entity': 0, 'all4': 0}
    total = 0
    kind_right = 0
    fiscal_on_non = 0
    lines = []
    for t in truth:
        f = t['file']
        d = docs.get(f, {}).get('document') or {}
        s = summary.get(f, {})
        got = {
            'kind': (d.get('kind') or '').lower().replace('_', '-'),
            'type': TYPE.get(d.get('type'), ''),
            'scope': SCOPE.get(d.get('scope'), ''),
            'year': str(d.get('year') or ''),
            'entity': compact(d.get('entity')),
        }
        scanned = 'no text layer' in t['note']
        disclosure = t['kind'].startswith('disclosure')
        marks = {}
        if disclosure and not scanned:
            total += 1
            ok4 = True
            for k in ('type', 'scope', 'year', 'entity'):
                right = got[k] == compact(t[k])
                marks[k] = 'ok' if right else 'WRONG'
                n[k] += right
                ok4 &= right
            n['all4'] += ok4
        want_kind = 'unknown' if scanned else t['kind']
        kind_ok = got['kind'] == want_kind
        kind_right += kind_ok
        findings = len(docs.get(f, {}).get('findings') or [])
        if t['kind'] == 'not-a-disclosure' and findings:
            fiscal_on_non += 1
        lines.append((f, t, got, marks, kind_ok, s.get('status', ''), findings))
    if md:
        print('| file | truth (kind · type scope year · entity) | recognised kind / genre | type | scope | year | entity | status | findings |')
        print('|---|---|---|---|---|---|---|---|---|')
    for f, t, got, marks, kind_ok, status, findings in lines:
        truthcell = t['kind'] + (' · ' + t['genre_or_part'] if t['genre_or_part'] else '')
        if t['type']:
            truthcell += ' · %s%s %s · %s' % (t['scope'], t['type'], t['year'], t['entity'])
        def cell(k):
            v = got[k] or '—'
            return v + (' ✗' if marks.get(k) == 'WRONG' else '')
        gk = (got['kind'] or '—') + ('' if kind_ok else ' ✗')
        row = [f[:60], truthcell, gk, cell('type'), cell('scope'), cell('year'), cell('entity'), status, str(findings)]
        print(('| ' + ' | '.join(row) + ' |') if md else '\t'.join(row))
    print()
    print('text-layer disclosures (and parts): %d; right: type %d, scope %d, year %d, entity %d, all four %d'
          % (total, n['type'], n['scope'], n['year'], n['entity'], n['all4']))
    print('kind right: %d of %d files (scanned files are expected as unknown)' % (kind_right, len(truth)))
    print('non-disclosures with findings: %d' % fiscal_on_non)


if __name__ == '__main__':
    main()
