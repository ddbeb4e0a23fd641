// A member's or a household's statement (GET …/statement?from=&to=): opening and closing balance,
// the entries with the policy version that earned each, points over time and by category.
import { api, busy, download, el, fillTable, say, t, v } from '../core.js';
import { draw } from './charts.js';
import { memberPicker } from '../members-picker.js';

const form = document.getElementById('statement-form');
const time = s => (s ?? '').replace('T', ' ').slice(0, 16);

/** The statement's path; without dates, from the start of last year to the end of next year. */
function path(kind, id, from, to, format) {
  const base = v(`/${kind === 'member' ? 'members' : 'households'}/${encodeURIComponent(id)}`);
  const year = new Date().getFullYear();
  const range = new URLSearchParams({ from: from || `${year - 1}-01-01`, to: to || `${year + 1}-12-31` });
  if (format) range.set('format', format);
  return `${base}/statement?${range}`;
}

function show(statement) {
  const { entries, openingBalance, closingBalance } = statement;
  const whose = statement.memberId ?? statement.householdId;
  document.getElementById('statement-whose').textContent = statement.name ? `${statement.name}（${whose}）` : whose;
  document.getElementById('statement-figures').replaceChildren(
    el('div', {}, el('b', {}, String(openingBalance)), el('span', {}, t('opening'))),
    el('div', { id: 'statement-balance' }, el('b', {}, String(closingBalance)), el('span', {}, t('balance'))));
  fillTable(document.getElementById('statement'), [t('occurredAt'), t('member'), t('rule'), t('category'), t('points'), t('version')],
    entries.map(e => el('tr', { 'data-entry': e.entryId, 'data-kind': e.kind, 'data-version': e.policyVersion ?? '' },
      el('td', {}, time(e.occurredAt)), el('td', {}, e.memberName ?? e.memberId), el('td', {}, e.rule ?? e.kind), el('td', {}, e.category ?? ''),
      el('td', { class: e.points < 0 ? 'down' : 'up' }, String(e.points)), el('td', {}, e.policyVersion ?? ''))));
  // entries come in time order with the balance after each: the last of a day is that day's balance
  const days = new Map(entries.map(e => [e.occurredAt.slice(0, 10), e.balance]));
  draw('chart-time', 'line', [...days.keys()], [{ label: t('overTime'), data: [...days.values()], tension: 0.2 }]);
  const categories = {};
  for (const e of entries) categories[e.category ?? '?'] = (categories[e.category ?? '?'] ?? 0) + e.points;
  draw('chart-category', 'doughnut', Object.keys(categories), [{ label: t('byCategory'), data: Object.values(categories) }]);
}

// a member by name (or id as typed); a household by its id
memberPicker(form.id, () => {}, { when: () => form.kind.value === 'member', enterSubmits: true });

form.addEventListener('submit', e => {
  e.preventDefault();
  const id = form.kind.value === 'member' ? form.id.dataset.memberId ?? form.id.value.trim() : form.id.value.trim();
  busy(document.getElementById('statement-show'), async () => {
    const statement = await api(path(form.kind.value, id, form.from.value, form.to.value));
    show(statement);
    say(`${statement.name ?? form.id.value.trim()}: ${t('balance')} ${statement.closingBalance}`);
  });
});

document.getElementById('statement-xlsx').addEventListener('click', e => {
  if (!form.reportValidity()) return;
  busy(e.target, async () => {
    const id = form.kind.value === 'member' ? form.id.dataset.memberId ?? form.id.value.trim() : form.id.value.trim();
    const name = await download(path(form.kind.value, id, form.from.value, form.to.value, 'xlsx'),
      'statement.xlsx');
    say(t('downloaded', name));
  });
});
