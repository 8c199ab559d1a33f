/* suanzhang report: the index (filter, sort, page, search) and the document pages (verdicts, export). No network. */
(function () {
  'use strict';
  var STORE = 'suanzhang.verdicts';
  var SZ = window.SZ = {};

  function load() { try { return JSON.parse(localStorage.getItem(STORE) || '{}'); } catch (e) { return {}; } }
  function save(m) { try { localStorage.setItem(STORE, JSON.stringify(m)); } catch (e) { /* private mode: kept in page */ } }
  var memory = load();
  var ZH = {confirmed: '属实', 'false': '误报', ignore: '忽略'};

  function csvField(s) { s = s == null ? '' : String(s); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

  /** The baseline CSV: every verdict known (the run's baseline, this page's, the browser's). */
  SZ.exportCsv = function (extra) {
    var all = {};
    (extra || []).forEach(function (e) { if (e.verdict) all[e.id] = e; });
    var m = load();
    Object.keys(memory).forEach(function (k) { m[k] = memory[k]; });
    Object.keys(m).forEach(function (k) { if (m[k] && m[k].verdict) all[k] = m[k]; else delete all[k]; });
    var lines = ['id,verdict,note,document,rule,severity,message'];
    Object.keys(all).sort().forEach(function (k) {
      var e = all[k];
      lines.push([k, e.verdict, e.note, e.doc, e.rule, e.sev, e.msg].map(csvField).join(','));
    });
    return lines.join('\n') + '\n';
  };
  SZ.download = function (text, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['\ufeff' + text], {type: 'text/csv;charset=utf-8'}));
    a.download = name; a.id = 'sz-download';
    document.body.appendChild(a); a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    SZ.lastExport = text;
  };

  // ------------------------------------------------------------------ a document page
  function findingEntries() {
    return Array.prototype.map.call(document.querySelectorAll('.finding[data-id]'), function (f) {
      var s = f.querySelector('select.verdict'), n = f.querySelector('input.note');
      return {id: f.dataset.id, verdict: s ? s.value : (f.dataset.verdict || ''), note: n ? n.value : (f.dataset.note || ''),
        doc: f.dataset.doc, rule: f.dataset.rule, sev: f.dataset.sev, msg: f.dataset.msg};
    });
  }
  function setState(f, verdict, note) {
    f.classList.remove('new', 'reviewed', 'v-confirmed', 'v-false', 'v-ignore');
    var mark = f.querySelector('.mark');
    if (verdict) {
      f.classList.add('reviewed', 'v-' + verdict);
      if (mark) mark.textContent = '已审：' + ZH[verdict] + (note ? '（' + note + '）' : '');
    } else {
      f.classList.add('new');
      if (mark) mark.textContent = '新';
    }
  }
  function initDocument() {
    Array.prototype.forEach.call(document.querySelectorAll('.finding[data-id]'), function (f) {
      var id = f.dataset.id, s = f.querySelector('select.verdict'), n = f.querySelector('input.note');
      var e = memory[id] || (f.dataset.verdict ? {verdict: f.dataset.verdict, note: f.dataset.note || ''} : null);
      if (e) { s.value = e.verdict || ''; n.value = e.note || ''; }
      if (memory[id]) setState(f, s.value, n.value);
      function changed() {
        memory[id] = {verdict: s.value, note: n.value, doc: f.dataset.doc, rule: f.dataset.rule, sev: f.dataset.sev, msg: f.dataset.msg};
        var m = load(); m[id] = memory[id]; save(m);
        setState(f, s.value, n.value);
      }
      s.addEventListener('change', changed);
      n.addEventListener('change', changed);
    });
  }

  // ------------------------------------------------------------------ the index
  var docs = [], view = [], page = 0, PAGE = 100, sortKey = null, sortDir = 1;
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function options(id, values, label) {
    var s = document.getElementById(id);
    values.forEach(function (v) { s.appendChild(el('option', {value: v}, label ? label(v) : v)); });
    s.addEventListener('change', function () { page = 0; render(); });
  }
  function distinct(f) {
    var seen = {};
    docs.forEach(function (d) { [].concat(f(d)).forEach(function (v) { if (v !== '' && v != null) seen[v] = 1; }); });
    return Object.keys(seen).sort();
  }
  function val(id) { return document.getElementById(id).value; }
  function render() {
    var c = val('f-c'), y = val('f-y'), k = val('f-k'), sev = val('f-sev'), r = val('f-r'), st = val('f-st');
    view = docs.filter(function (d) {
      if (c && d.c !== c) return false;
      if (y && String(d.y) !== y) return false;
      if (k && d.k !== k) return false;
      if (st && d.s !== st) return false;
      if (r && d.r.indexOf(r) < 0) return false;
      if (sev === 'e' && !d.e) return false;
      if (sev === 'w' && !d.w) return false;
      if (sev === 'i' && !d.i) return false;
      if (sev === 'none' && (d.e || d.w || d.i)) return false;
      if (sev === 'open' && !d.o) return false;
      return true;
    });
    if (sortKey) {
      view.sort(function (a, b) {
        var x = a[sortKey], z = b[sortKey];
        return (typeof x === 'number' ? x - z : String(x).localeCompare(String(z), 'zh')) * sortDir;
      });
    }
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    page = Math.min(page, pages - 1);
    var body = document.querySelector('#docs tbody');
    body.textContent = '';
    view.slice(page * PAGE, page * PAGE + PAGE).forEach(function (d) {
      var tr = el('tr', {'data-doc': d.n});
      var td = el('td'); td.appendChild(el('a', {href: 'report/' + d.u}, d.f)); tr.appendChild(td);
      tr.appendChild(el('td', {}, d.c)); tr.appendChild(el('td', {}, d.y)); tr.appendChild(el('td', {}, d.k));
      td = el('td'); td.appendChild(el('span', {'class': 'status ' + d.st}, d.s)); tr.appendChild(td);
      ['p', 'e', 'w', 'i', 'o'].forEach(function (key) { tr.appendChild(el('td', {'class': 'num'}, d[key])); });
      tr.appendChild(el('td', {'class': 'm'}, d.m));
      body.appendChild(tr);
    });
    document.getElementById('count').textContent = '显示 ' + view.length + ' / ' + docs.length + ' 个文件' +
      (pages > 1 ? '，第 ' + (page + 1) + ' / ' + pages + ' 页' : '');
    var pager = document.getElementById('pager');
    pager.textContent = '';
    if (pages > 1) {
      [['上一页', page - 1], ['下一页', page + 1]].forEach(function (b) {
        var btn = el('button', {type: 'button'}, b[0]);
        btn.disabled = b[1] < 0 || b[1] >= pages;
        btn.addEventListener('click', function () { page = b[1]; render(); });
        pager.appendChild(btn);
      });
    }
  }
  function withFindings(then) {
    if (window.SZ_FINDINGS) { then(); return; }
    var s = document.createElement('script');
    s.src = document.body.dataset.base + 'findings.js';
    s.onload = then;
    s.onerror = function () { document.getElementById('results').textContent = '无法载入发现列表（findings.js）'; };
    document.head.appendChild(s);
  }
  function search(q) {
    var box = document.getElementById('results');
    if (!q) { box.hidden = true; box.textContent = ''; return; }
    withFindings(function () {
      var needle = q.toLowerCase(), hits = [], n = 0;
      window.SZ_FINDINGS.forEach(function (f) {
        if ((f[4] + ' ' + f[3] + ' ' + f[1] + ' ' + docs[f[0]].f).toLowerCase().indexOf(needle) >= 0) {
          n++;
          if (hits.length < 200) hits.push(f);
        }
      });
      box.hidden = false; box.textContent = '';
      box.appendChild(el('p', {'class': 'count'}, '找到 ' + n + ' 条发现' + (n > hits.length ? '（显示前 ' + hits.length + ' 条）' : '')));
      var sevZh = {E: '错误', W: '警告', I: '提示'}, sevEn = {E: 'ERROR', W: 'WARNING', I: 'INFO'};
      hits.forEach(function (f) {
        var d = docs[f[0]], p = el('p', {'class': 'hit'});
        p.appendChild(el('span', {'class': 'sev ' + sevEn[f[2]]}, sevZh[f[2]]));
        p.appendChild(document.createTextNode(' '));
        p.appendChild(el('a', {href: 'report/' + d.u + '#f-' + f[1]}, f[4]));
        p.appendChild(el('span', {'class': 'hint'}, ' · ' + d.f + ' · ' + f[3] + (f[5] ? ' · 已审：' + ZH[f[5]] : '')));
        box.appendChild(p);
      });
    });
  }
  function initIndex() {
    docs = JSON.parse(document.getElementById('sz-docs').textContent);
    options('f-c', distinct(function (d) { return d.c; }));
    options('f-y', distinct(function (d) { return d.y; }));
    options('f-k', distinct(function (d) { return d.k; }));
    var names = {};
    try { names = JSON.parse(document.getElementById('sz-rules').textContent); } catch (e) { names = {}; }
    options('f-r', distinct(function (d) { return d.r; }), function (r) {
      var n = names[r] || ''; return n ? r + '（' + (n.length > 24 ? n.slice(0, 23) + '…' : n) + '）' : r;
    });
    options('f-st', distinct(function (d) { return d.s; }));
    document.getElementById('f-sev').addEventListener('change', function () { page = 0; render(); });
    Array.prototype.forEach.call(document.querySelectorAll('#docs th[data-k]'), function (th) {
      th.addEventListener('click', function () {
        var k = th.dataset.k;
        sortDir = sortKey === k ? -sortDir : (['p', 'e', 'w', 'i', 'o'].indexOf(k) >= 0 ? -1 : 1);
        sortKey = k;
        Array.prototype.forEach.call(document.querySelectorAll('#docs th'), function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(sortDir > 0 ? 'asc' : 'desc');
        render();
      });
    });
    var timer;
    document.getElementById('q').addEventListener('input', function (e) {
      clearTimeout(timer);
      var q = e.target.value.trim();
      timer = setTimeout(function () { search(q); }, 200);
    });
    render();
  }
  SZ.search = search;
  SZ.render = render;

  function baselineFromFindings() {
    var out = [];
    (window.SZ_FINDINGS || []).forEach(function (f) {
      if (f[5]) out.push({id: f[1], verdict: f[5], note: f[6], doc: docs[f[0]].n, rule: f[3], sev: f[2], msg: f[4]});
    });
    (window.SZ_BASELINE || []).forEach(function (b) {
      out.push({id: b[0], verdict: b[1], note: b[2], doc: b[3], rule: b[4], sev: '', msg: b[5]});
    });
    return out;
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('sz-docs')) initIndex();
    initDocument();
    Array.prototype.forEach.call(document.querySelectorAll('button.export'), function (b) {
      b.addEventListener('click', function () {
        if (document.getElementById('sz-docs')) {
          withFindings(function () { SZ.download(SZ.exportCsv(baselineFromFindings()), 'baseline.csv'); });
        } else {
          SZ.download(SZ.exportCsv(findingEntries()), 'baseline.csv');
        }
      });
    });
    document.documentElement.setAttribute('data-ready', '1');
  });
})();
