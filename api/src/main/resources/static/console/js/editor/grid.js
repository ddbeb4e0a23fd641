// The points-list grid: the CSV as a table edited row by row, saved back as CSV.
import { el } from '../core.js';
import { format, parse } from './csv.js';

const table = document.getElementById('grid');
let header = [];
let changed = () => {};

export function onGridChange(listener) {
  changed = listener;
}

/** Shows a CSV text: its first row is the header. */
export function showGrid(text) {
  const rows = parse(text);
  header = rows.shift() ?? ['item', 'type', 'points', 'category', 'max_times', 'max_points', 'roles',
    'requires_approval', 'min_minutes'];
  table.replaceChildren(el('thead', {}, el('tr', {}, header.map(h => el('th', {}, h)), el('th'))), el('tbody'));
  rows.forEach(addRow);
}

export function addRow(values = []) {
  const body = table.tBodies[0];
  const cells = header.map((h, i) => el('td', {}, el('input', {
    value: values[i] ?? '', 'aria-label': h, 'data-col': h, size: Math.max(4, Math.min(18, (values[i] ?? h).length + 2)),
    oninput: () => changed(),
  })));
  const remove = el('button', { type: 'button', class: 'link danger', title: '✕',
    onclick: e => { e.target.closest('tr').remove(); changed(); } }, '✕');
  body.append(el('tr', {}, cells, el('td', {}, remove)));
}

/** The table as CSV text. */
export function gridText() {
  const rows = [...table.tBodies[0].rows].map(tr => [...tr.querySelectorAll('input')].map(i => i.value.trim()));
  return format([header, ...rows.filter(r => r.some(Boolean))]);
}
