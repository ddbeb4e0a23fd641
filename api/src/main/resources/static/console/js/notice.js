// The print view of the public notice (公示): GET …/reports/notice?period=2026-Q1&format=html (a month,
// quarter, half-year or year; this month by default) or ?from=&to= (按日期), its scripts and handlers
// removed, printed with the browser; format=xlsx downloads it.
import { api, busy, download, explain, say, t, v } from './core.js';
import { fill } from './reports/periods.js';

const span = document.getElementById('notice-span');
const period = document.getElementById('notice-period');
const from = document.getElementById('notice-from');
const to = document.getElementById('notice-to');
function choose() {
  const dates = span.value === 'dates';
  period.hidden = dates;
  from.parentElement.hidden = !dates;
  to.parentElement.hidden = !dates;
  if (!dates) fill(period, span.value);
}
span.addEventListener('change', choose);
choose();
const chosen = () => (span.value === 'dates' ? `from=${from.value}&to=${to.value}` : `period=${period.value}`);
const now = new Date();
from.value = new Date(now.getFullYear(), now.getMonth(), 1, 12).toISOString().slice(0, 10);
to.value = new Date(now.getFullYear(), now.getMonth() + 1, 0, 12).toISOString().slice(0, 10); // inclusive: the month's last day

async function show() {
  const html = await api(v(`/reports/notice?${chosen()}&format=html`),
    { accept: 'text/html, application/problem+json' });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, iframe, object, embed, link').forEach(n => n.remove());
  doc.querySelectorAll('*').forEach(n => [...n.attributes].filter(a => a.name.startsWith('on'))
    .forEach(a => n.removeAttribute(a.name)));
  doc.querySelectorAll('table').forEach(t => t.classList.add('cards')); // cards at phone width
  document.getElementById('notice').replaceChildren(...doc.body.childNodes);
}

document.getElementById('notice-show').addEventListener('click', e => busy(e.target, show));
document.getElementById('notice-print').addEventListener('click', () => window.print());
document.getElementById('notice-xlsx').addEventListener('click', e => busy(e.target, async () => {
  const name = await download(v(`/reports/notice?${chosen()}&format=xlsx`), 'notice.xlsx');
  say(t('downloaded', name));
}));
show().catch(e => say(explain(e), 'error'));
