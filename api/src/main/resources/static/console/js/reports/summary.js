// The village summary of a month (GET …/reports/summary?month=), and the six months to it as a chart.
import { api, busy, download, el, say, t, v } from '../core.js';
import { draw } from './charts.js';

const form = document.getElementById('summary-form');
const fields = ['issued', 'deducted', 'redeemed', 'expired', 'reversed', 'adjusted', 'outstanding'];
const now = new Date();
form.month.value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;

function monthsBefore(month, count) {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(y, m - 1 - (count - 1 - i), 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(e.submitter, async () => {
    const months = monthsBefore(form.month.value, 6);
    const summaries = await Promise.all(months.map(m => api(v('/reports/summary?month=' + m))));
    const current = summaries.at(-1);
    document.getElementById('summary').replaceChildren(...fields
      .map(f => el('div', { 'data-field': f }, el('b', {}, String(current[f])), el('span', {}, t(f)))));
    draw('chart-summary', 'bar', months, ['issued', 'deducted', 'redeemed'].map(f => ({
      label: t(f), data: summaries.map(s => s[f]) })));
    say(`${current.month}: ${t('issued')} ${current.issued}`);
  });
});

document.getElementById('summary-xlsx').addEventListener('click', e => {
  if (!form.reportValidity()) return;
  busy(e.target, async () => say(t('downloaded',
    await download(v(`/reports/summary?month=${form.month.value}&format=xlsx`), 'summary.xlsx'))));
});
