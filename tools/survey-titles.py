#!/usr/bin/env python3
"""Survey the table titles of the real corpus (and the seed text export).

Usage:
    tools/survey-titles.py [CORPUS_DIR] [SEED_FILE] > docs/corpus/table-titles.md

Defaults: /work/shared/corpus/real and /work/shared/seed/000_14ea87654821cfd7.txt.
Needs poppler-utils (pdftotext). Text layers are cached in $SURVEY_CACHE (default /tmp/survey-titles).

What it does, per file: `pdftotext -layout`, split into pages at form feeds, normalise every line
(NFKC, whitespace removed, quotes dropped, brackets made ASCII), keep the lines that are
*title-shaped* (see `title_candidate`) and classify them with the same variant table and the same
rules as io.github.suanzhang.core.table.TableTitleClassifier (this script is the survey that table
was written from; keep the two in step). A title counts as a *table title* (rather than a
table-of-contents entry) when, within the next 4 non-blank lines, a unit line (单位：万元 / 单位:元)
or a 编制单位/部门/单位名称 line follows; the column-header lines are the 2-6 lines after that.
"""
import collections
import glob
import html
import os
import re
import subprocess
import sys
import unicodedata

CORPUS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/real'
SEED = sys.argv[2] if len(sys.argv) > 2 else '/work/shared/seed/000_14ea87654821cfd7.txt'
CACHE = os.environ.get('SURVEY_CACHE', '/tmp/survey-titles')

# ---- the variant table: kind -> regexes over the normalised line (no spaces, no quotes) ----
# Keep in step with TableKind / TableTitleClassifier.
F = 'FINAL_ACCOUNTS'
B = 'BUDGET'
KINDS = [
    # kind, doc type, national number, variants (regex)
    ('FINAL_INCOME_EXPENDITURE_SUMMARY', F, '公开01表', [r'收入支出决算总表']),
    ('FINAL_INCOME', F, '公开02表', [r'收入决算表']),
    ('FINAL_EXPENDITURE', F, '公开03表', [r'支出决算表']),
    ('FINAL_FISCAL_SUMMARY', F, '公开04表', [r'财政拨款收入支出决算总表']),
    ('FINAL_GENERAL_BUDGET_EXPENDITURE', F, '公开05表', [r'一般公共预算财政拨款支出决算表']),
    ('FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE', F, '公开06表',
     [r'一般公共预算财政拨款基本支出决算(明细)?表']),
    ('FINAL_GOVERNMENT_FUND', F, '公开07表', [r'政府性基金预算财政拨款收入支出决算表']),
    ('FINAL_STATE_CAPITAL', F, '公开08表', [r'国有资本经营预算财政拨款(收入)?支出决算表']),
    ('FINAL_THREE_PUBLIC', F, '公开09表', [r'财政拨款三公经费支出决算表']),
    ('PERFORMANCE_SELF_EVALUATION', F, None, [r'(部门|单位)?(整体|项目)?(支出)?绩效自评(价)?表', r'项目自评表']),

    ('BUDGET_INCOME_EXPENDITURE_SUMMARY', B, None,
     [r'(财务)?收支预算总表', r'收支总表', r'收支总体情况表']),
    ('BUDGET_INCOME', B, None, [r'收入预算总表', r'收入总表', r'收入总体情况表']),
    ('BUDGET_EXPENDITURE', B, None, [r'支出预算总表', r'支出总表', r'(本年)?支出总体情况表']),
    ('BUDGET_FISCAL_SUMMARY', B, None,
     [r'财政拨款收支预算总表', r'财政拨款收支总表', r'财政拨款收支总体情况表']),
    ('BUDGET_FISCAL_EXPENDITURE', B, None,
     [r'财政拨款支出预算表(\(功能科目\))?', r'财政拨款支出表\(功能科目\)']),
    ('BUDGET_FISCAL_BASIC_EXPENDITURE', B, None,
     [r'财政拨款基本支出预算表(\(经济科目\))?', r'财政拨款基本支出表\(经济科目\)']),
    ('BUDGET_GENERAL_BUDGET_EXPENDITURE', B, None,
     [r'一般公共预算支出功能分类预算表', r'一般公共预算支出预算表(\(功能科目\))?',
      r'一般公共预算支出表(\(按功能分类(科目)?\))?', r'一般公共预算支出情况表(\(按功能分类(科目)?\))?']),
    ('BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC', B, None,
     [r'一般公共预算支出表\(按经济分类(科目)?\)', r'一般公共预算支出经济分类预算表']),
    ('BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE', B, None,
     [r'一般公共预算基本支出部门预算经济分类预算表', r'一般公共预算基本支出经济分类预算表',
      r'一般公共预算基本支出预算表(\(经济科目\))?', r'一般公共预算基本支出表(\(按经济分类(科目)?\))?',
      r'一般公共预算基本支出情况表(\(按经济分类(科目)?\))?']),
    ('BUDGET_GENERAL_BUDGET_PROJECT_EXPENDITURE_ECONOMIC', B, None,
     [r'一般公共预算项目支出情况表(\(按经济分类(科目)?\))?']),
    ('BUDGET_BASIC_EXPENDITURE', B, None, [r'基本支出总表', r'部门预算基本支出预算表']),
    ('BUDGET_PROJECT_EXPENDITURE', B, None,
     [r'项目支出总表', r'部门预算项目支出及其他支出预算表', r'项目支出(预算)?表']),
    ('BUDGET_THREE_PUBLIC', B, None,
     [r'(一般公共预算|财政拨款)?三公经费(和|及)机关运行经费(支出)?预算表',
      r'(一般公共预算|财政拨款)?三公经费、?会议费、?培训费(支出)?(预算)?表',
      r'财政拨款安排的行政经费及三公经费预算表',
      r'(一般公共预算|财政拨款)?三公经费(支出)?(预算|情况)?表']),
    ('BUDGET_OPERATING_COSTS', B, None, [r'(一般公共预算)?机关运行经费(支出)?预算表']),
    ('BUDGET_GOVERNMENT_FUND', B, None,
     [r'政府性基金预算支出功能分类预算表', r'政府性基金(预算|财政拨款)?支出(预算|情况)?表',
      r'财政拨款政府性基金支出预算表']),
    ('BUDGET_STATE_CAPITAL', B, None,
     [r'国有资本经营预算支出功能分类预算表', r'国有资本经营预算(财政拨款)?支出(预算|情况)?表']),
    ('BUDGET_GOVERNMENT_PROCUREMENT', B, None, [r'政府采购(支出)?预算(明细)?表', r'政府采购支出表']),
    ('BUDGET_PERFORMANCE_TARGETS_OVERALL', B, None, [r'(部门|单位)整体(支出)?绩效目标表']),
    ('BUDGET_PERFORMANCE_TARGETS_PROJECT', B, None, [r'项目(支出)?绩效目标表']),
]
COMPILED = [(k, t, n, [re.compile(v) for v in vs]) for k, t, n, vs in KINDS]

# a compound term that, right before a match, means the match is only the tail of another title
# (一般公共预算收支总表 of a government is not a department's 收支总表)
GUARD_BEFORE = re.compile(r'一般公共预算|政府性基金|国有资本经营|社会保险基金|财政拨款|转移支付|债务|'
                          r'(基本|项目|专项|上级补助|平衡|经济分类|功能分类)$')
# government-level titles: whole-province/city tables, 本级, 代编, execution tables, per-region tables
GOVERNMENT = re.compile(r'全省|省级|省本级|全市|市本级|全区|区级|自治区本级|各市县|各区市|分地区|代编|'
                        r'(省|市|县|区|州)(一般公共预算|政府性基金|国有资本经营|社会保险基金)|执行情况|草案|本级|全州|全县|对下|对各市|转移支付|债务|社会保险基金|平衡表|'
                        r'一般公共预算收入|政府性基金(预算)?收入|国有资本经营(预算)?收入|行政事业单位')

NUMBER_PATTERNS = [
    ('GONGKAI', re.compile(r'公开(0?\d{1,2}(-\d+)?表|表[一二三四五六七八九十]+)')),
    ('BUDGET_CODE', re.compile(r'预算\d{1,2}(-\d+)?表')),
    ('ATTACHMENT', re.compile(r'附表\d+(-\d+)?')),
    ('TABLE_ARABIC', re.compile(r'表\d+(-\d+)?')),
    ('TABLE_CHINESE', re.compile(r'表[一二三四五六七八九十]+')),
]
ORDINAL_PREFIX = re.compile(r'^(第[一二三四五六七八九十]+部分)?'
                            r'(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|§\d+|\d{1,2}(\.\d{1,2})?(?=(19|20)\d{2}年|[^\d年])[.、]?)')
TRAILING_ORDINAL = re.compile(r'\(\d+\)$')
YEAR = re.compile(r'(19|20)\d{2}年(度)?')
UNIT_TAIL = re.compile(r'(金额)?单位[:]?(万元|元|千元|亿元)$')
QUALIFIER_TAIL = re.compile(r'\([^()]{1,12}\)$')
NARRATIVE = re.compile(r'[,.;!?。]|详见|见附表|本表|反映|说明|《|》|…|···|\d+\)$')
PART_HEADING = re.compile(r'(部门|单位)(预算|决算)(报)?表$|预算公开表$|决算报表$|预算报表$|^部门预算表$|^表$')

QUOTES = dict.fromkeys(map(ord, '"\'“”‘’「」『』'), None)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.translate(QUOTES)
    s = s.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')')
    return re.sub(r'\s+', '', s)


def extract_number(s):
    """(style, number, rest) — the formal table number anywhere in the line, else a leading ordinal."""
    for style, p in NUMBER_PATTERNS:
        m = p.search(s)
        if m:
            rest = (s[:m.start()] + ' ' + s[m.end():]).strip(' :')
            return style, m.group(0), rest.replace(' ', '')
    m = ORDINAL_PREFIX.match(s)
    if m and m.group(2):
        return 'ORDINAL', m.group(2), s[m.end():]
    m = TRAILING_ORDINAL.search(s)
    if m:
        return 'ORDINAL', m.group(0), s[:m.start()]
    return None, None, s


def core_title(s):
    """The line without number, unit tail and leading colon: what must end in 表."""
    style, number, rest = extract_number(s)
    rest = UNIT_TAIL.sub('', rest, count=1).lstrip(':')
    return style, number, rest


def title_candidate(line):
    s = norm(line)
    if not s or len(s) > 70 or '表' not in s:
        return None
    style, number, rest = core_title(s)
    if NARRATIVE.search(rest):
        return None
    base = rest
    while QUALIFIER_TAIL.search(base):
        base = QUALIFIER_TAIL.sub('', base)
    if not base.endswith('表') or len(rest) < 3:
        return None
    if PART_HEADING.search(base):
        return None
    if '、' in rest:  # an enumeration inside the title is narrative, 三公经费、会议费 excepted
        if not re.search(r'三公经费、', rest):
            return None
    return s, style, number, rest


def classify(rest):
    """(kind, variant) by longest match; GENERIC when a title-shaped line matches no kind."""
    best = None
    for kind, _, _, variants in COMPILED:
        for v in variants:
            for m in v.finditer(rest):
                if GUARD_BEFORE.search(rest[:m.start()]):
                    continue
                # the match must end the title (bar a bracketed qualifier)
                tail = rest[m.end():]
                if tail and not re.fullmatch(r'(\([^()]{1,12}\))*', tail):
                    continue
                length = m.end() - m.start()
                if best is None or length > best[2]:
                    best = (kind, m.group(0), length)
    if best and GOVERNMENT.search(rest) and not best[0].startswith('PERFORMANCE'):
        return 'GENERIC', None
    if best:
        return best[0], best[1]
    return 'GENERIC', None


# ---- text layers ----

def pdf_text(path):
    os.makedirs(CACHE, exist_ok=True)
    out = os.path.join(CACHE, os.path.basename(path) + '.txt')
    if not os.path.exists(out):
        with open(path, 'rb') as fh:
            head = fh.read(1024)
        if not head.startswith(b'%PDF'):
            return None, 'not a PDF: ' + head[:40].decode('utf-8', 'replace').strip().split('\n')[0]
        r = subprocess.run(['pdftotext', '-layout', path, out], capture_output=True, timeout=300)
        if r.returncode != 0:
            return None, 'pdftotext failed: ' + r.stderr.decode('utf-8', 'replace')[:200]
    with open(out, encoding='utf-8', errors='replace') as fh:
        return fh.read(), None


def html_text(path):
    t = open(path, encoding='utf-8', errors='replace').read()
    t = re.sub(r'<script.*?</script>|<style.*?</style>', '', t, flags=re.S)
    return html.unescape(re.sub(r'<[^>]+>', '\n', t))


# a page with fewer non-space characters than this has (next to) no text layer: images, charts
THIN_PAGE = 200

# Why a file shows no standard table: checked by hand (rendered pages viewed with pdftoppm), not computed.
WHY = {
    '002_北京': 'Beijing template: the text lists the tables (一、收支总表 …) but the tables themselves are '
               'published as a separate attachment (附件：…部门预算报表); the last page holds only that line.',
    'beijing_': 'same Beijing template: table list only, tables in a separate attachment.',
    '004_重庆__2026年重庆市交通运输局': 'HTML page saved as .pdf; the page text is the site chrome and a narrative '
                                 'heading, no tables.',
    '004_重庆__2026年重庆市公安局': 'HTML page saved as .pdf; site chrome and narrative, no tables.',
    'huaian_': 'government budget report (narrative, no department tables); its text layer is garbled (custom-encoded '
               'fonts decode to ASCII punctuation), so even its headings need OCR.',
    'nanjing_': 'pages 1-30 are images (a few stray numbers in the text layer); the rest is narrative.',
    'pingdingshan_': 'government 决算草案 explanation: narrative only, refers to 附表 that are not in the file.',
    'province_': 'government-level budget/execution/debt report: narrative and/or 政府 tables (GENERIC).',
    'guangdong_': 'government-level 决算草案 (省级/全省 tables): GENERIC.',
    'hebei_': 'government-level 总决算: GENERIC tables (§1 … §12).',
    'heilongjiang_': 'government-level 决算: GENERIC tables (2.1 … 3.19).',
    'henan_': 'government-level 一般公共预算决算 tables; titles are wrapped over two lines or absent: GENERIC.',
    'hunan_': 'government debt tables: GENERIC.',
    'ningxia_': 'government-level 决算 tables (表一 … 表三十一): GENERIC.',
    'shandong_': 'government-level 决算 tables (省级/全省): GENERIC.',
}


def why(name):
    for prefix, reason in WHY.items():
        if name.startswith(prefix):
            return reason
    return ''


CONTEXT_MARK = re.compile(r'单位[:]?(万元|元|千元|亿元)|^(编制单位|部门名称|单位名称|部门|单位)[:]|^公开\d+表')


def survey_text(name, text, paged=True):
    pages = text.split('\f') if paged else [text]
    if len(pages) > 1 and not pages[-1].strip():
        pages = pages[:-1]  # pdftotext ends every page, the last one too, with a form feed
    hits = []
    empty_pages = 0
    for pno, page in enumerate(pages, 1):
        lines = page.split('\n')
        if len(norm(page)) < THIN_PAGE:
            empty_pages += 1
        for i, line in enumerate(lines):
            c = title_candidate(line)
            if not c:
                continue
            s, style, number, rest = c
            # a lone number on a neighbouring line (深圳: 表1 above; seed: 公开01表 below)
            if number is None or style == 'ORDINAL':
                for j in list(range(i - 2, i)) + list(range(i + 1, i + 3)):
                    if 0 <= j < len(lines):
                        nb = norm(lines[j])
                        st, num, rr = extract_number(nb)
                        if num and st != 'ORDINAL' and (rr == '' or UNIT_TAIL.fullmatch(rr) or rr.startswith('单位')):
                            style, number = st, num
                            break
            following = [norm(x) for x in lines[i + 1:i + 8] if norm(x)]
            is_table = any(CONTEXT_MARK.search(x) for x in following[:4]) or bool(UNIT_TAIL.search(s))
            header = []
            if is_table:
                k = 0
                while k < len(following) and (CONTEXT_MARK.search(following[k]) or
                                              extract_number(following[k])[1] and len(following[k]) < 12):
                    k += 1
                header = [re.sub(r'\s{2,}', ' | ', x.strip()) for x in lines[i + 1:i + 14]
                          if x.strip() and not CONTEXT_MARK.search(norm(x))][:6]
            kind, variant = classify(rest)
            hits.append(dict(file=name, page=pno, raw=line.strip(), norm=s, style=style, number=number,
                             rest=rest, kind=kind, variant=variant, table=is_table, header=header))
    return hits, len(pages), empty_pages


def main():
    files = sorted(glob.glob(os.path.join(CORPUS, '*.pdf')))
    results = {}
    problems = {}
    for f in files:
        name = os.path.basename(f)
        text, err = pdf_text(f)
        if text is None:
            if err.startswith('not a PDF'):
                t = html_text(f)
                hits, _, _ = survey_text(name, t, paged=False)
                results[name] = (hits, 0, 0)
                problems[name] = err + f' (HTML; {len(t)} chars of text after removing tags, ' \
                                       f'{sum(1 for h in hits if h["table"])} table titles)'
            else:
                problems[name] = err
            continue
        results[name] = survey_text(name, text)
    seed_name = os.path.basename(SEED)
    results[seed_name] = survey_text(seed_name, open(SEED, encoding='utf-8').read(), paged=False)
    report(results, problems, seed_name)


def report(results, problems, seed_name):
    out = []
    p = out.append
    kinds_order = [k for k, _, _, _ in KINDS] + ['GENERIC']
    meta = {k: (t, n) for k, t, n, _ in KINDS}
    by_kind = collections.defaultdict(list)
    for name, (hits, _, _) in results.items():
        for h in hits:
            by_kind[h['kind']].append(h)
    nfiles = len(results) - 1
    p('# Table titles in the real corpus\n')
    p(f'Generated by `tools/survey-titles.py` over {nfiles} files in `/work/shared/corpus/real` and the seed '
      f'`{seed_name}`. Rerun: `python3 tools/survey-titles.py > docs/corpus/table-titles.md`.\n')
    p('A **title** is a line that is title-shaped (ends with 表, optionally followed by a bracketed '
      'qualifier, a number or a unit; no sentence punctuation, no 详见/本表/说明, at most 70 characters). '
      'It is a **table title** (column `tables`) when a unit line (单位：万元) or an entity line '
      '(编制单位：/部门：/单位名称：) follows within four lines; otherwise it is a table-of-contents entry '
      '(column `toc`). Counts of files count a file once per kind.\n')

    p('## Notes (hand-written, from reading the output and rendered pages)\n')
    p('- A real title stands alone on its line, centred near the top of the page, followed by a unit line '
      '(单位：万元 / 单位：元) and often an entity line (编制单位：/部门：/单位名称：). Its number is either on the '
      'same line (公开 01 表：收支预算总表, 江苏 2018), on the line above (表1 深圳/广州, 表一 重庆, 公开 01 表 苏州, '
      '公开表五 江苏 2019) or on the line below together with the unit (公开01表 单位:万元, seed).')
    p('- The same title strings also appear in the list of tables near the start (一、收入支出决算总表 …) and, '
      'quoted, in narrative (详见附表1, 《部门收支预算总表》, …预算表情况说明). The classifier rejects the '
      'narrative by shape (sentence punctuation, 详见/本表/说明/《》, dot leaders, length); a list entry has '
      'the shape of a title and is told apart only by what follows it (no unit line), i.e. by the locator.')
    p('- Wrapped titles exist: 江苏 2019 prints “三公”经费、会议费、培训费、机关运行经费预算表 over two lines and '
      '黑龙江 government tables wrap (…分项目分地区 / 情况表(13)); the fragments are not classified.')
    p('- 预算 has no national numbering: 上海 numbers 1.–9. in its list only, 深圳/广州 表1–表12, 重庆 表一–表十二, '
      '江苏 公开01–12表 (own order), 北京 一、–十四、. 决算 follows 公开01表–公开09表 (seed); 上海普陀 2024 '
      'prints no number on the table pages and lists 七、 三公 before 八、 政府性基金 in its own order.')
    p('- Government-level reports (总预算/总决算, 执行情况, 债务) are classified GENERIC on purpose: their '
      '一般公共预算收入决算表 etc. are a different family (no 财政拨款 split, per-region columns).\n')
    # per-file summary
    p('## Per file\n')
    p('| file | pages | thin pages (<200 chars) | table titles | standard kinds found (as table titles) |')
    p('|---|---|---|---|---|')
    no_std = []
    for name in sorted(results):
        hits, pages, empty = results[name]
        tt = [h for h in hits if h['table']]
        ks = sorted({h['kind'] for h in tt if h['kind'] != 'GENERIC'}, key=kinds_order.index)
        p(f'| {name} | {pages} | {empty} | {len(tt)} | {", ".join(ks) or "—"} |')
        if not ks:
            no_std.append(name)
    p('')
    p('## Kinds: how many files use each\n')
    p('| kind | type | national no. | files (table title) | files (any mention as title line) |')
    p('|---|---|---|---|---|')
    for k in kinds_order:
        hs = by_kind.get(k, [])
        ft = len({h['file'] for h in hs if h['table']})
        fa = len({h['file'] for h in hs})
        t, n = meta.get(k, ('', None))
        p(f'| {k} | {t} | {n or ""} | {ft} | {fa} |')
    p('')
    for k in kinds_order:
        if k == 'GENERIC':
            continue
        hs = by_kind.get(k, [])
        p(f'## {k}\n')
        if not hs:
            p('Not seen in the corpus.\n')
            continue
        var = collections.defaultdict(lambda: [set(), set(), 0])
        for h in hs:
            key = YEAR.sub('YYYY年', h['rest'])
            var[key][0 if h['table'] else 1].add(h['file'])
            var[key][2] += 1
        p('| title as printed (normalised; year → YYYY年) | files (tables) | files (toc) | lines |')
        p('|---|---|---|---|')
        for key, (ft, fc, n) in sorted(var.items(), key=lambda kv: (-len(kv[1][0]), -len(kv[1][1]))):
            p(f'| {key} | {len(ft)} | {len(fc)} | {n} |')
        styles = collections.Counter()
        for h in hs:
            styles[(h['style'] or 'NONE', re.sub(r'\d+', 'N', h['number']) if h['number'] else '')] += 1
        p('\nNumbering: ' + '; '.join(f'{s} `{n}` ×{c}' for (s, n), c in styles.most_common()) + '\n')
        examples = [h for h in hs if h['table']][:1] + \
            [h for h in hs if h['table'] and h['file'] != (hs[0]['file'])][:2]
        for h in examples[:3]:
            p(f'Example ({h["file"]}, page {h["page"]}): `{h["raw"]}`  ')
            for x in h['header'][:5]:
                p(f'    {x[:160]}')
            p('')
    # unclassified titles
    p('## Titles not classified (GENERIC)\n')
    p('Title-shaped lines that match no standard kind (government-level tables, debt tables, '
      'transfer-payment tables, 政府采购/绩效 variants not listed above). Grouped, year → YYYY年.\n')
    gen = collections.defaultdict(set)
    for h in by_kind.get('GENERIC', []):
        if h['table']:
            gen[YEAR.sub('YYYY年', h['rest'])].add(h['file'])
    p('| title | files |')
    p('|---|---|')
    for key, fs in sorted(gen.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        p(f'| {key} | {len(fs)}: {", ".join(sorted(fs))[:120]} |')
    p('')
    p('## Files with no recognisable standard table\n')
    for name in no_std:
        hits, pages, empty = results[name]
        why_ = (problems.get(name, '') + ' ' + why(name)).strip()
        gen_t = sum(1 for h in hits if h['table'])
        p(f'- {name}: {pages} pages, {empty} thin; {gen_t} other table titles. {why_}')
    p('')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
