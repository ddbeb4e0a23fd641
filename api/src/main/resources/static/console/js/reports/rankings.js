// Rankings (GET …/reports/rankings?from=&to= or ?period=2026-Q1, &by=&category=&limit=): members or
// households by points earned in the period, optionally of one category, as a bar chart. Equal
// points share a rank. The period is a month, quarter, half-year or year, or any dates.
import { api, busy, download, el, fillTable, say, t, v } from '../core.js';
import { draw } from './charts.js';
import { fill } from './periods.js';

const form = document.getElementById('rankings-form');
const day = d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
// the period is required: this year so far unless the official picks another
form.from.value = `${new Date().getFullYear()}-01-01`;
form.to.value = day(new Date());

/** Dates or a named period: shows the inputs of the chosen form, and only those are required. */
function span() {
  const dates = form.span.value === 'dates';
  for (const input of [form.from, form.to]) {
    input.hidden = !dates;
    input.required = dates;
  }
  form.period.hidden = dates;
  if (!dates) fill(form.period, form.span.value);
}
form.span.addEventListener('change', span);
span();

/** Fills the category choice from the rules of the village's policy. */
export async function loadCategories() {
  const village = await api(v());
  const categories = [...new Set((village.rules ?? []).map(r => r.category).filter(Boolean))].sort();
  form.category.append(...categories.map(c => el('option', { value: c }, c)));
}

function query(format) {
  const q = new URLSearchParams(form.span.value === 'dates' ? { from: form.from.value, to: form.to.value }
    : { period: form.period.value });
  q.set('by', form.by.value);
  q.set('limit', '20');
  if (form.category.value) q.set('category', form.category.value);
  if (format) q.set('format', format);
  return q;
}

document.getElementById('rankings-xlsx').addEventListener('click', e => {
  if (!form.reportValidity()) return;
  busy(e.target, async () => say(t('downloaded', await download(v('/reports/rankings?' + query('xlsx')), 'rankings.xlsx'))));
});

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(e.submitter, async () => {
    const result = await api(v('/reports/rankings?' + query()));
    fillTable(document.getElementById('rankings'), [t('rank'), t('id'), t('name'), t('points')],
      result.rows.map(r => [String(r.rank), r.id, r.name ?? '', String(r.points)]));
    draw('chart-rankings', 'bar', result.rows.map(r => r.name || r.id),
      [{ label: form.category.value || t('points'), data: result.rows.map(r => r.points) }],
      { indexAxis: 'y', plugins: { legend: { display: false } } });
    say(`${t('rank')}: ${result.rows.length} (${result.from} – ${result.to})`);
  });
});
