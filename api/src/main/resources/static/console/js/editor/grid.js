// The points-list grid (积分清单): one row per item, Chinese column names, dropdowns for type,
// category, caps (caps.js) and roles, 需审核 as a checkbox; saved back as CSV in the file's own header language.
// At phone width each row is a card (console.css). Deleting a row can be undone from the feedback bar.
import { el, say, t } from '../core.js';
import { format, parse } from './csv.js';
import { CAP_KEYS, capCell, capText } from './caps.js';
import { CHINESE, KEYS, roleName, typeName, vocab } from './vocab.js';

const table = document.getElementById('grid');
let english = false;
let width = CHINESE.length - 1; // the columns the file has: 扣分上限 only once a row uses it
let changed = () => {};
let askNewType = async () => null;

export function onGridChange(listener) {
  changed = listener;
}

/** Sets how a new evidence type is asked for: resolves to its code, or null when cancelled. */
export function onNewType(ask) {
  askNewType = ask;
}

const label = key => t('col.' + key);
const FLAGS = { '': true, true: true, yes: true, '是': true, y: true, false: false, no: false, '否': false, n: false };

/** Shows a CSV text: its first row is the header (English or Chinese; a new list gets the Chinese one). */
export function showGrid(text) {
  const rows = parse(text);
  const header = rows.shift() ?? [];
  english = (header[0] ?? '').trim().toLowerCase() === 'item';
  width = Math.max(KEYS.length - 1, header.length);
  table.replaceChildren(el('thead', {}, el('tr', {}, el('th', { class: 'num' }, t('gridRow')),
    KEYS.map(k => el('th', { 'data-col': k }, label(k))), el('th'))), el('tbody'));
  rows.forEach(r => addRow(r));
}

function option(value, text, selected) {
  return el('option', { value, selected: selected || null }, text);
}

/** A select of choices [value, label]; a value not among them is kept as its own choice. */
function select(key, value, choices, extra) {
  const all = choices.some(([val]) => val === value) ? choices : [[value, value], ...choices];
  const s = el('select', { 'data-col': key, 'aria-label': label(key) },
    all.map(([val, text]) => option(val, text, val === value)), extra ?? []);
  s.dataset.was = value;
  return s;
}

function typeSelect(value) {
  const codes = [...new Set([...vocab.types.keys(), ...usedValues('type')])].filter(Boolean);
  const s = select('type', value, [['', t('choose')], ...codes.map(c => [c, typeName(c)])],
    option('+new', '＋ ' + t('newType')));
  s.addEventListener('change', async () => {
    if (s.value !== '+new') { s.dataset.was = s.value; return; }
    const code = await askNewType();
    if (!code) { s.value = s.dataset.was; return; }
    for (const other of table.querySelectorAll('select[data-col=type]')) {
      if (![...other.options].some(o => o.value === code)) {
        other.insertBefore(option(code, typeName(code)), other.querySelector('option[value="+new"]'));
      }
    }
    s.value = code;
    s.dataset.was = code;
    changed();
  });
  return s;
}

function categorySelect(value) {
  const cats = [...new Set([...vocab.categories, ...usedValues('category')])].filter(Boolean);
  const blank = vocab.overlay ? t('keepTemplate') : t('defaultCategory');
  const s = select('category', value, [['', blank], ...cats.map(c => [c, c])], option('+new', '＋ ' + t('newCategory')));
  s.addEventListener('change', () => {
    if (s.value !== '+new') { s.dataset.was = s.value; return; }
    const name = (prompt(t('askCategory')) ?? '').trim();
    if (!name || /["\\]/.test(name)) { s.value = s.dataset.was; return; }
    s.insertBefore(option(name, name), s.querySelector('option[value="+new"]'));
    s.value = name;
    s.dataset.was = name;
    changed();
  });
  return s;
}

function rolesCell(value) {
  const chosen = value.split(/[;；]/).map(r => r.trim()).filter(Boolean);
  const all = [...new Set([...vocab.roles, ...chosen, ...usedValues('roles').flatMap(r => r.split(/[;；]/))])]
    .map(r => r.trim()).filter(Boolean);
  const summary = el('summary', {});
  const box = el('details', { class: 'roles', 'data-col': 'roles' }, summary,
    el('div', { class: 'role-list' }, all.map(r => el('label', {},
      el('input', { type: 'checkbox', value: r, checked: chosen.includes(r) || null }), roleName(r)))));
  const show = () => {
    const on = [...box.querySelectorAll('input:checked')].map(i => roleName(i.value));
    summary.textContent = on.length ? on.join('、') : t('everyone');
  };
  box.addEventListener('change', show);
  show();
  return box;
}

function flagCell(value) {
  const raw = value.trim();
  const known = raw.toLowerCase() in FLAGS;
  if (vocab.overlay || !known) {
    const choices = vocab.overlay ? [['', t('keepTemplate')], ['true', t('yes')], ['false', t('no')]]
      : [['true', t('yes')], ['false', t('no')]];
    const norm = known && raw !== '' ? String(FLAGS[raw.toLowerCase()]) : raw;
    return select('requires_approval', norm, choices);
  }
  const box = el('input', { type: 'checkbox', 'data-col': 'requires_approval', 'aria-label': label('requires_approval'),
    checked: FLAGS[raw.toLowerCase()] || null });
  box.dataset.was = raw;
  return el('label', { class: 'flag' }, box);
}

function flagText(cell) {
  const box = cell.querySelector('input[type=checkbox]');
  if (!box) return cell.querySelector('select').value;
  const was = box.dataset.was;
  // keep the file's own words when the box still says what they said
  return FLAGS[was.toLowerCase()] === box.checked && was !== '' ? was : box.checked ? (was === '' ? '' : 'true') : 'false';
}

function usedValues(key) {
  const i = KEYS.indexOf(key);
  return [...table.querySelectorAll('tbody tr')].map(tr => tr.dataset.raw ? JSON.parse(tr.dataset.raw)[i] : '')
    .filter(Boolean);
}

function widget(key, value) {
  switch (key) {
    case 'item':
      return el('textarea', { rows: 1, 'data-col': key, 'aria-label': label(key), class: 'item-name' }, value);
    case 'type': return typeSelect(value);
    case 'category': return categorySelect(value);
    case 'max_times': case 'max_points': case 'max_deduct': return capCell(key, value, label(key));
    case 'roles': return rolesCell(value);
    case 'requires_approval': return flagCell(value);
    default:
      return el('input', { value, 'data-col': key, 'aria-label': label(key), inputmode: key === 'points' ? 'numeric' : null,
        type: key === 'min_minutes' ? 'number' : 'text', min: key === 'min_minutes' ? 0 : null, class: 'cell-' + key });
  }
}

function cellText(td) {
  const key = td.dataset.col;
  if (key in CAP_KEYS) return capText(td);
  if (key === 'roles') return [...td.querySelectorAll('input:checked')].map(i => i.value).join(';');
  if (key === 'requires_approval') return flagText(td);
  return td.querySelector('input, select, textarea').value.trim();
}

/** Adds a row (at index, or at the end); values are the CSV cells in column order. */
export function addRow(values = [], index = null) {
  const body = table.tBodies[0];
  const tr = el('tr', { 'data-raw': JSON.stringify(KEYS.map((_, i) => values[i] ?? '')) },
    el('td', { class: 'num', 'data-label': t('gridRow') }, ''),
    KEYS.map((k, i) => el('td', { 'data-col': k, 'data-label': label(k) }, widget(k, values[i] ?? ''))),
    el('td', { class: 'actions' }, el('button', { type: 'button', class: 'link danger remove-row', title: t('deleteRow'),
      onclick: () => removeRow(tr) }, '✕ ' + t('deleteRow'))));
  tr.addEventListener('input', () => { changed(); grow(tr); });
  tr.addEventListener('change', () => changed());
  body.insertBefore(tr, index === null ? null : body.rows[index] ?? null);
  number();
  grow(tr);
  return tr;
}

/** Item names are shown in full: the text area grows with its text. */
function grow(tr) {
  const area = tr.querySelector('textarea');
  if (!area) return;
  area.style.height = 'auto';
  area.style.height = area.scrollHeight + 2 + 'px';
}

export function regrow() {
  for (const tr of table.querySelectorAll('tbody tr')) grow(tr);
}

function number() {
  [...table.tBodies[0].rows].forEach((tr, i) => { tr.cells[0].textContent = String(i + 1); });
}

function removeRow(tr) {
  const body = table.tBodies[0];
  const index = [...body.rows].indexOf(tr);
  const values = rowValues(tr);
  markGrid([]); // the last check's marks name rows by number: they no longer fit
  tr.remove();
  number();
  changed();
  say(t('rowDeleted', index + 1, values[0] || '—'), 'ok', { label: t('undo'), run: () => {
    addRow(values, index);
    changed();
    say(t('rowRestored', index + 1));
  } });
}

function rowValues(tr) {
  return [...tr.querySelectorAll('td[data-col]')].map(cellText);
}

/** The table as CSV text, with the full header in the file's language. */
export function gridText() {
  const rows = [...table.tBodies[0].rows].map(rowValues).filter(r => r.some(Boolean));
  const used = Math.max(width, ...rows.map(r => r.findLastIndex(Boolean) + 1));
  const header = (english ? KEYS : CHINESE).slice(0, used);
  return format([header, ...rows.map(r => r.slice(0, used))]);
}

/** Marks the cells of the problems (CSV line L is grid row L-1) and writes each message under its row. */
export function markGrid(problems) {
  for (const td of table.querySelectorAll('td.bad, td.warn')) td.classList.remove('bad', 'warn');
  for (const note of table.querySelectorAll('tr.grid-note')) note.remove();
  const rows = table.tBodies[0].rows;
  for (const p of problems) {
    const tr = rows[p.line - 2];
    if (!tr) continue;
    const key = KEYS[(p.column || 1) - 1];
    const td = tr.querySelector(`td[data-col=${key ?? 'item'}]`);
    td?.classList.add(p.severity === 'ERROR' ? 'bad' : 'warn');
    const note = el('tr', { class: 'grid-note ' + p.severity.toLowerCase(), 'data-grid-row': p.line - 1 },
      el('td', { colspan: KEYS.length + 2 }, p.text));
    tr.after(note);
  }
}

/** Scrolls to a grid row's cell and focuses it. */
export function goToCell(line, column) {
  const tr = table.tBodies[0].rows[line - 2];
  if (!tr) return;
  const td = tr.querySelector(`td[data-col=${KEYS[(column || 1) - 1] ?? 'item'}]`) ?? tr.cells[1];
  td.scrollIntoView({ block: 'center' });
  td.querySelector('input, select, textarea, summary')?.focus();
}

/** The grid row and column name of a points-list problem, as officials read it. */
export function place(line, column) {
  if (line <= 1) return t('gridHeader');
  return t('gridRowAt', line - 1) + (column > 0 && KEYS[column - 1] ? ' · ' + label(KEYS[column - 1]) : '');
}
