// The village summary of a period (GET …/reports/summary?period=2026-Q1: a month, quarter,
// half-year or year), and the six periods of that kind up to it as a chart.
import { api, busy, download, el, say, t, v } from '../core.js';
import { draw } from './charts.js';
import { fill, upTo } from './periods.js';

const form = document.getElementById('summary-form');
const fields = ['issued', 'deducted', 'redeemed', 'expired', 'reversed', 'adjusted', 'outstanding'];
fill(form.period, form.kind.value);
form.kind.addEventListener('change', () => fill(form.period, form.kind.value));

form.addEventListener('submit', e => {
  e.preventDefault();
  busy(e.submitter, async () => {
    const shown = upTo(form.kind.value, form.period.value, 6);
    const summaries = await Promise.all(shown.map(p => api(v('/reports/summary?period=' + p.value))));
    const current = summaries.at(-1);
    document.getElementById('summary').replaceChildren(...fields
      .map(f => el('div', { 'data-field': f }, el('b', {}, String(current[f])), el('span', {}, t(f)))));
    draw('chart-summary', 'bar', shown.map(p => p.label), ['issued', 'deducted', 'redeemed'].map(f => ({
      label: t(f), data: summaries.map(s => s[f]) })));
    say(`${current.label}: ${t('issued')} ${current.issued}`);
  });
});

document.getElementById('summary-xlsx').addEventListener('click', e => {
  if (!form.reportValidity()) return;
  busy(e.target, async () => say(t('downloaded',
    await download(v(`/reports/summary?period=${form.period.value}&format=xlsx`), 'summary.xlsx'))));
});
