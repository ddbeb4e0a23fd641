// Validate (problems marked at their line and column) and run the sample cases (expected against actual).
import { api, busy, el, fillTable, say, t, v } from '../core.js';
import { code, markProblems } from './drl.js';
import { current, fileLabel, isGrid, open, saveCurrent } from './files.js';
import { goToCell, markGrid, place } from './grid.js';

const problemList = document.getElementById('problems');

/** Rows of the points list named in a message, counted as the grid counts them (the header is not a row). */
function gridRows(text) {
  return text.replace(/points-list\.csv 第 (\d+) 行/g, (_, n) => t('file.pointsList') + t('gridRowAt', Number(n) - 1));
}

/** A problem's message in two parts: the plain Chinese words and Drools' own (after "（详情："), if any. */
export function splitDetail(message) {
  const at = (message ?? '').indexOf('（详情：');
  if (at < 0) return [gridRows(message ?? ''), null];
  return [gridRows(message.slice(0, at)), message.slice(at + 4).replace(/）$/, '')];
}

/** Where a problem is, as officials read it: 积分清单 第 2 行 · 分值, or 规则文件 x 第 7 行 第 3 列. */
function where(p) {
  if (p.file && isGrid(p.file) && p.line > 0) return `${fileLabel(p.file)} · ${place(p.line, p.column)}`;
  return `${fileLabel(p.file)}${p.line ? ' · ' + t('line', p.line) : ''}${p.column ? ' · ' + t('col', p.column) : ''}`;
}

function detailToggle(detail) {
  return detail ? el('details', { class: 'detail' }, el('summary', {}, t('detail')), el('pre', {}, detail)) : '';
}

/** Lists every problem; marks those of the open file in the editor or the grid. */
export async function showProblems(problems) {
  const mine = problems.filter(p => p.file === current.name && p.line > 0)
    .map(p => ({ ...p, text: splitDetail(p.message)[0], detail: splitDetail(p.message)[1] }));
  if (isGrid(current.name ?? '')) {
    markGrid(mine.map(p => ({ ...p, text: `${place(p.line, p.column)}：${p.text}` })));
  } else {
    markProblems(mine);
  }
  problemList.replaceChildren(...problems.map(p => {
    const [text, detail] = splitDetail(p.message);
    return el('li', { class: p.severity.toLowerCase(), 'data-file': p.file ?? '', 'data-line': p.line },
      el('a', { href: '#', onclick: async e => {
        e.preventDefault();
        if (p.file && p.file !== current.name) { await open(p.file); await showProblems(problems); }
        if (p.line > 0 && isGrid(p.file ?? '')) goToCell(p.line, p.column);
        else if (p.line > 0) code.goTo(p.line, p.column);
      } }, where(p)),
      ' ', el('span', { class: 'message' }, text), detailToggle(detail));
  }));
}

async function validate() {
  await saveCurrent(true);
  const result = await api(v('/policy/draft/validate'), { method: 'POST' });
  await showProblems(result.problems);
  const errors = result.problems.filter(p => p.severity === 'ERROR').length;
  say(result.valid ? t('valid') : t('invalid', result.problems.length), result.valid ? 'ok' : 'error');
  return errors;
}

const awardKey = a => a.evidence + '\u0000' + a.rule;

/** Expected against actual, rule by rule: [{evidence, rule, expected, actual}] where they differ. */
export function byRule(c) {
  const rows = new Map();
  const add = (a, side) => {
    const row = rows.get(awardKey(a)) ?? { evidence: a.evidence, rule: a.rule, expected: 0, actual: 0 };
    row[side] += a.points;
    rows.set(awardKey(a), row);
  };
  (c.expected ?? []).forEach(a => add(a, 'expected'));
  (c.actual ?? []).forEach(a => add(a, 'actual'));
  return [...rows.values()].filter(r => r.expected !== r.actual);
}

/** The case's differences in plain words: 证据 e1 · 规则「X」：应得 2 分 / 实得 3 分. */
function differences(c) {
  const lines = byRule(c).map(r => el('li', { class: 'rule-diff' }, t('caseRule', r.evidence, r.rule), ' ',
    el('b', {}, t('shouldGet', r.expected)), ' / ', el('b', { class: 'down' }, t('didGet', r.actual))));
  // what the rule-by-rule view does not cover: a wrong category or requested, an evidence that failed
  for (const d of c.differences ?? []) {
    const m = /^证据 (\S+?)(?: 无法计分)?：(.*)$/s.exec(d);
    if (m) lines.push(el('li', {}, t('caseEvidenceProblem', m[1], m[2])));
    else if (/^(期末评定|余额) /.test(d) || (/ 的(类别|申请分值|成员)：/.test(d) && !byRule(c).length)) lines.push(el('li', {}, d));
  }
  return el('ul', { class: 'case-diff' }, lines);
}

const quote = text => /^[\p{L}\p{N}_-]+$/u.test(text) && !/^(true|false|null|yes|no|[0-9.+-]+)$/i.test(text) ? text
  : JSON.stringify(text);
const unquoteYaml = text => text.trim().replace(/^"(.*)"$/, (_, x) => JSON.parse('"' + x + '"')).replace(/^'(.*)'$/, '$1');

/** The case file with the expect: list of caseName replaced by awards. */
export function withExpect(text, caseName, awards) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const indent = l => l.length - l.trimStart().length;
  const start = lines.findIndex(l => {
    const m = /^(\s*)-\s+name:\s*(.*?)\s*$/.exec(l);
    return m && unquoteYaml(m[2].replace(/\s+#.*$/, '')) === caseName;
  });
  if (start < 0) throw new Error(caseName);
  const caseIndent = indent(lines[start]);
  let end = start + 1;
  while (end < lines.length && !(lines[end].trim() && !lines[end].trim().startsWith('#')
    && (indent(lines[end]) < caseIndent || (indent(lines[end]) === caseIndent && lines[end].trim().startsWith('-'))))) end++;
  const at = lines.slice(start, end).findIndex((l, i) => i > 0 && /^\s*expect:/.test(l)) + start;
  const pad = ' '.repeat(caseIndent + 2);
  const list = awards.map(a => `${pad}  - { evidence: ${quote(a.evidence)}, rule: ${JSON.stringify(a.rule)}, points: ${a.points}`
    + `${a.category ? ', category: ' + quote(a.category) : ''}${a.requested != null ? ', requested: ' + a.requested : ''} }`);
  const block = awards.length ? [`${pad}expect:`, ...list] : [`${pad}expect: []`];
  if (at < start) {
    let tail = end;
    while (tail > start + 1 && !lines[tail - 1].trim()) tail--;
    lines.splice(tail, 0, ...block);
  } else {
    const expectIndent = indent(lines[at]);
    let stop = at + 1;
    while (stop < end && (!lines[stop].trim() || indent(lines[stop]) > expectIndent
      || (indent(lines[stop]) === expectIndent && lines[stop].trim().startsWith('-')))) stop++;
    while (stop > at + 1 && !lines[stop - 1].trim()) stop--;
    lines.splice(at, stop - at, ...block);
  }
  return lines.join('\n');
}

async function updateCase(button, c) {
  const diffs = byRule(c).map(r => `${t('caseRule', r.evidence, r.rule)} ${t('shouldGet', r.expected)} → ${t('didGet', r.actual)}`);
  if (!confirm(t('confirmUpdateCase', c.name) + '\n' + diffs.join('\n'))) return;
  await busy(button, async () => {
    await saveCurrent(true);
    const path = v('/policy/draft/files/' + encodeURIComponent(c.file));
    const text = await api(path, { accept: 'text/plain, application/problem+json' });
    await api(path, { method: 'PUT', text: withExpect(text, c.name, c.actual ?? []) });
    if (current.name === c.file) await open(c.file, true);
    await runCases();
    say(t('caseUpdated', c.name));
  });
}

export async function runCases() {
  await saveCurrent(true);
  const result = await api(v('/policy/draft/test'), { method: 'POST' });
  await showProblems(result.problems ?? []);
  const cases = [...result.cases].sort((a, b) => Number(a.passed) - Number(b.passed));
  const rows = cases.map(c => el('tr', { class: c.passed ? 'pass' : 'fail', 'data-case': c.name },
    el('td', { 'data-label': t('case') }, c.name, el('div', { class: 'muted small' }, fileLabel(c.file))),
    el('td', { class: 'verdict', 'data-label': t('status') }, c.passed ? '✔ ' + t('pass') : '✖ ' + t('fail')),
    el('td', { 'data-label': t('caseDiff') }, c.passed ? '' : differences(c)),
    el('td', {}, c.passed || !c.actual ? '' : el('button', { type: 'button', class: 'update-case',
      onclick: e => updateCase(e.target, c) }, t('updateCase')))));
  fillTable(document.getElementById('cases'), [t('case'), t('status'), t('caseDiff'), ''], rows);
  const summary = result.passed ? t('casesPassed', result.total) : t('casesFailed', result.failed, result.total);
  document.getElementById('cases-summary').textContent = summary;
  say(summary, result.passed ? 'ok' : 'error');
}

document.getElementById('validate').addEventListener('click', e => busy(e.target, validate));
document.getElementById('run-cases').addEventListener('click', e => busy(e.target, runCases));
