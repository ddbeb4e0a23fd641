// A member's or a household's statement: figures, entries, points over time and by category.
import { api, busy, el, fillTable, say, t, v } from '../core.js';
import { draw } from './charts.js';

const form = document.getElementById('statement-form');
const day = s => (s ?? '').replace('T', ' ').slice(0, 16);

/** The statement of a member or household; without dates, from the start of last year to the end of next year. */
async function load(kind, id, from, to) {
  const base = v(`/${kind === 'member' ? 'members' : 'households'}/${encodeURIComponent(id)}`);
  const year = new Date().getFullYear();
  const range = new URLSearchParams({ from: from || `${year - 1}-01-01`, to: to || `${year + 1}-12-31` });
  const s = await api(`${base}/statement?${range}`);
  return { entries: s.entries, opening: s.openingBalance, closing: s.closingBalance };
}

function show({ entries, opening, closing, byCategory }) {
  const figures = [];
  if (opening !== undefined) figures.push(el('div', {}, el('b', {}, String(opening)), el('span', {}, t('opening'))));
  figures.push(el('div', { id: 'statement-balance' }, el('b', {}, String(closing ?? '')), el('span', {}, t('balance'))));
  document.getElementById('statement-figures').replaceChildren(...figures);
  fillTable(document.getElementById('statement'), [t('occurredAt'), t('rule'), t('category'), t('points'), t('version')],
    entries.map(e => el('tr', { 'data-entry': e.entryId ?? '', 'data-version': e.policyVersion ?? '' },
      el('td', {}, day(e.occurredAt ?? e.createdAt)), el('td', {}, e.rule ?? e.ruleName ?? e.kind ?? ''),
      el('td', {}, e.category ?? ''), el('td', { class: e.points < 0 ? 'down' : 'up' }, String(e.points)),
      el('td', {}, e.policyVersion ?? ''))));
  const ordered = [...entries].sort((a, b) => String(a.occurredAt ?? a.createdAt).localeCompare(b.occurredAt ?? b.createdAt));
  let running = opening ?? (closing ?? 0) - entries.reduce((sum, e) => sum + e.points, 0);
  const days = new Map();
  for (const e of ordered) { running += e.points; days.set((e.occurredAt ?? e.createdAt ?? '').slice(0, 10), running); }
  draw('chart-time', 'line', [...days.keys()], [{ label: t('overTime'), data: [...days.values()], tension: 0.2 }]);
  const categories = byCategory ?? entries.reduce((m, e) => ({ ...m, [e.category ?? '?']: (m[e.category ?? '?'] ?? 0) + e.points }), {});
  draw('chart-category', 'doughnut', Object.keys(categories), [{ label: t('byCategory'), data: Object.values(categories) }]);
}

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(document.getElementById('statement-show'), async () => {
    show(await load(form.kind.value, form.id.value.trim(), form.from.value, form.to.value));
    say(`${form.id.value}: ${t('balance')} ${document.querySelector('#statement-balance b').textContent}`);
  });
});
