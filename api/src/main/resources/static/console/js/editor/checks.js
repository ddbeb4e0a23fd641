// Validate (problems marked at their line and column) and run the sample cases (expected against actual).
import { api, busy, el, fillTable, say, t, v } from '../core.js';
import { code, markProblems } from './drl.js';
import { current, open, saveCurrent } from './files.js';

const problemList = document.getElementById('problems');

/** Lists every problem; marks those of the open file in the editor. */
export async function showProblems(problems) {
  markProblems(problems.filter(p => p.file === current.name && p.line > 0));
  problemList.replaceChildren(...problems.map(p => el('li', { class: p.severity.toLowerCase() },
    el('a', { href: '#', onclick: async e => {
      e.preventDefault();
      if (p.file && p.file !== current.name) { await open(p.file); markProblems(problems.filter(q => q.file === p.file && q.line > 0)); }
      if (p.line > 0) code.goTo(p.line, p.column);
    } }, `${p.file ?? ''}${p.line ? ' · ' + t('line', p.line) : ''}${p.column ? ' · ' + t('col', p.column) : ''}`),
    ' ', p.message)));
}

async function validate() {
  await saveCurrent(true);
  const result = await api(v('/policy/draft/validate'), { method: 'POST' });
  await showProblems(result.problems);
  const errors = result.problems.filter(p => p.severity === 'ERROR').length;
  say(result.valid ? t('valid') : t('invalid', result.problems.length), result.valid ? 'ok' : 'error');
  return errors;
}

/** "expected but not awarded: X" → expected column; "awarded but not expected: Y" → actual column. */
function split(differences) {
  const expected = [], actual = [];
  for (const d of differences ?? []) {
    const m = /^(expected but not awarded|awarded but not expected):\s*(.*)$/s.exec(d);
    if (m && m[1].startsWith('expected')) expected.push(m[2]);
    else if (m) actual.push(m[2]);
    else expected.push(d);
  }
  return [expected.join('\n'), actual.join('\n')];
}

async function runCases() {
  await saveCurrent(true);
  const result = await api(v('/policy/draft/test'), { method: 'POST' });
  await showProblems(result.problems ?? []);
  const rows = result.cases.map(c => {
    const [expected, actual] = split(c.differences);
    return el('tr', { class: c.passed ? 'pass' : 'fail', 'data-case': c.name },
      el('td', {}, c.file), el('td', {}, c.name),
      el('td', { class: 'verdict' }, c.passed ? '✔ ' + t('pass') : '✖ ' + t('fail')),
      el('td', { class: 'pre' }, expected), el('td', { class: 'pre' }, actual));
  });
  fillTable(document.getElementById('cases'), [t('file'), t('case'), t('status'), t('expected'), t('actual')], rows);
  const summary = result.passed ? t('casesPassed', result.total) : t('casesFailed', result.failed, result.total);
  document.getElementById('cases-summary').textContent = summary;
  say(summary, result.passed ? 'ok' : 'error');
}

document.getElementById('validate').addEventListener('click', e => busy(e.target, validate));
document.getElementById('run-cases').addEventListener('click', e => busy(e.target, runCases));
