// What-if: replay a date range of real evidence through the draft; change per member, household and in total.
import { api, busy, el, fillTable, say, t, v } from './core.js';
import { memberNames } from './members-picker.js';

const form = document.getElementById('whatif-form');
const progress = document.getElementById('progress');
const today = new Date();
form.to.value = new Date(today.getTime() + 86400000).toISOString().slice(0, 10);
form.from.value = new Date(today.getFullYear(), today.getMonth() - 1, today.getDate() + 1).toISOString().slice(0, 10);

const signed = n => (n > 0 ? '+' : '') + n;
const changeCell = n => el('td', { class: n > 0 ? 'up' : n < 0 ? 'down' : 'muted' }, signed(n));

/** The bar moves while the server works (it answers once, at the end) and fills when it answers. */
function startProgress() {
  progress.hidden = false;
  const bar = progress.querySelector('.bar');
  const label = progress.querySelector('.label');
  const started = performance.now();
  const timer = setInterval(() => {
    const seconds = (performance.now() - started) / 1000;
    bar.style.width = Math.min(95, 100 * (1 - Math.exp(-seconds / 4))).toFixed(0) + '%';
    label.textContent = `${t('running')} ${seconds.toFixed(1)} s`;
  }, 200);
  return ok => { clearInterval(timer); bar.style.width = ok ? '100%' : '0%'; label.textContent = ''; };
}

function show(report, names) {
  const totals = report.totals;
  document.getElementById('totals').replaceChildren(
    el('div', {}, el('b', {}, String(totals.baseline)), el('span', {}, t('baseline'))),
    el('div', {}, el('b', {}, String(totals.candidate)), el('span', {}, t('candidate'))),
    el('div', { id: 'total-change', class: totals.difference ? 'changed' : '' },
      el('b', {}, signed(totals.difference)), el('span', {}, t('change'))));
  fillTable(document.getElementById('whatif-members'), [t('member'), t('household'), t('baseline'), t('candidate'), t('change')],
    report.members.rows.map(r => el('tr', { 'data-member': r.memberId },
      el('td', { title: r.memberId }, r.name ? `${r.name}（${r.memberId}）` : names.get(r.memberId) ?? r.memberId),
      el('td', {}, r.householdId ?? ''),
      el('td', {}, r.baseline), el('td', {}, r.candidate), changeCell(r.difference))));
  fillTable(document.getElementById('whatif-households'), [t('household'), t('member'), t('baseline'), t('candidate'), t('change')],
    report.households.rows.map(r => el('tr', {}, el('td', {}, r.householdId),
      el('td', {}, r.names ? `${r.names}（${r.members}）` : r.members),
      el('td', {}, r.baseline), el('td', {}, r.candidate), changeCell(r.difference))));
  document.getElementById('whatif-result').hidden = false;
}

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(document.getElementById('run-whatif'), async () => {
    const stop = startProgress();
    say(t('running'), 'busy');
    try {
      const report = await api(v(`/policy/draft/simulate?from=${form.from.value}&to=${form.to.value}`), { method: 'POST' });
      stop(true);
      // names instead of ids; a key that may not read members sees the ids
      show(report, await memberNames().catch(() => new Map()));
      say(t('done', report.durationMillis, report.evidenceCount)
        + (report.totals.difference ? '' : ' ' + t('noChange')));
    } catch (err) {
      stop(false);
      throw err;
    }
  });
});
