// Rankings (issue 5): members or households by points, optionally of one category, as a bar chart.
import { api, busy, el, fillTable, say, t, v } from '../core.js';
import { draw } from './charts.js';

const form = document.getElementById('rankings-form');

/** Fills the category choice from the rules of the village's policy. */
export async function loadCategories() {
  const village = await api(v());
  const categories = [...new Set((village.rules ?? []).map(r => r.category).filter(Boolean))].sort();
  form.category.append(...categories.map(c => el('option', { value: c }, c)));
}

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(e.submitter, async () => {
    const query = new URLSearchParams({ by: form.by.value, limit: '20' });
    for (const name of ['category', 'from', 'to']) if (form[name].value) query.set(name, form[name].value);
    const result = await api(v('/reports/rankings?' + query));
    fillTable(document.getElementById('rankings'), [t('rank'), t('id'), t('name'), t('points')],
      result.rows.map(r => [String(r.rank), r.id, r.name ?? '', String(r.points)]));
    draw('chart-rankings', 'bar', result.rows.map(r => r.name || r.id),
      [{ label: form.category.value || t('points'), data: result.rows.map(r => r.points) }],
      { indexAxis: 'y', plugins: { legend: { display: false } } });
    say(`${t('rank')}: ${result.rows.length}`);
  });
});
