// The draft's file list: open a file in the code editor or (a .csv) in the grid, save it, create one.
// Files are named in Chinese (积分清单, 村社设置, 规则文件…); leaving with unsaved changes asks first.
import { api, busy, el, say, t, v } from '../core.js';
import { code, show } from './drl.js';
import { addRow, gridText, onGridChange, onNewType, regrow, showGrid } from './grid.js';
import { CHINESE, loadVocab, TYPE_CODE, vocab, withType } from './vocab.js';

const list = document.getElementById('file-list');
const state = { name: null, dirty: false };
export const current = state;

export const isGrid = name => name.endsWith('.csv');
export const draftFile = name => v('/policy/draft/files/' + encodeURIComponent(name));

/** A file as officials read it: 积分清单, 村社设置, 规则文件 hongde, 样例 … */
export function fileLabel(name) {
  if (!name) return '';
  if (name === 'points-list.csv' || name === 'points-list.xlsx') return t('file.pointsList');
  if (name === 'village.yaml') return t('file.village');
  if (name === 'forms.drl') return t('file.forms');
  if (name.endsWith('.drl')) return t('file.drl', name.replace(/\.drl$/, ''));
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return t('file.cases', name.replace(/\.ya?ml$/, ''));
  return name;
}

function markDirty(dirty) {
  state.dirty = dirty;
  document.getElementById('dirty').textContent = dirty ? ' ● ' + t('unsaved') : '';
}
code.onChange(() => markDirty(!code.clean()));
onGridChange(() => markDirty(true));
window.addEventListener('beforeunload', e => {
  if (!state.dirty) return;
  e.preventDefault();
  e.returnValue = '';
});

/** Reads the file list again; opens select, or the open file, or the points list, or the first DRL. */
export async function loadFiles(select) {
  const [listing] = await Promise.all([refreshList(), loadVocab()]);
  const names = listing.files.map(f => f.name);
  const first = select ?? state.name ?? names.find(isGrid) ?? names.find(n => n.endsWith('.drl')) ?? names[0];
  if (first) await open(first, true);
  return listing;
}

export async function refreshList() {
  const listing = await api(v('/policy/draft/files'));
  const order = n => isGrid(n) ? 0 : n === 'village.yaml' ? 1 : n.endsWith('.drl') ? 2 : 3;
  const files = [...listing.files].sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  list.replaceChildren(...files.map(f => el('li', {},
    el('a', { href: '#', 'data-file': f.name, title: f.name, class: f.name === state.name ? 'on' : null,
      onclick: e => { e.preventDefault(); open(f.name); } }, fileLabel(f.name)))));
  return listing;
}

/** The saved text of a draft file (null when it does not exist). */
export async function savedText(name) {
  try {
    return await api(draftFile(name), { accept: 'text/plain, application/problem+json' });
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

export async function open(name, reload = false) {
  if (state.dirty && name === state.name && !reload) return;
  if (state.dirty && !confirm(t('unsavedLeave'))) return;
  const text = await savedText(name) ?? '';
  state.name = name;
  document.getElementById('file-name').textContent = fileLabel(name);
  document.getElementById('code-pane').hidden = isGrid(name);
  document.getElementById('grid-pane').hidden = !isGrid(name);
  document.getElementById('rules-pane').hidden = true;
  if (isGrid(name)) showGrid(text); else show(name, text);
  for (const a of list.querySelectorAll('a')) a.classList.toggle('on', a.dataset.file === name);
  markDirty(false);
  setTimeout(regrow, 0);
  document.dispatchEvent(new CustomEvent('file-opened', { detail: name }));
}

/** The open file's text as the page has it (unsaved edits included). */
export function currentText() {
  return isGrid(state.name) ? gridText() : code.text();
}

/** Saves the open file when it changed; quiet: as a step of another action, which reports itself. */
export async function saveCurrent(quiet = false) {
  if (!state.name || !state.dirty) return true;
  say(t('saving'), 'busy');
  await api(draftFile(state.name), { method: 'PUT', text: currentText() });
  code.markClean();
  markDirty(false);
  if (!quiet) say(t('saved') + '：' + fileLabel(state.name));
  await refreshList();
  return true;
}

/** Keeps the page's edits but marks them unsaved again (after the draft was put back). */
export function keepUnsaved() {
  markDirty(true);
}

document.getElementById('save').addEventListener('click', e => busy(e.target, async () => {
  state.dirty = true;
  await saveCurrent();
}));
document.getElementById('add-row').addEventListener('click', () => {
  const tr = addRow();
  markDirty(true);
  tr.querySelector('textarea')?.focus();
});
document.getElementById('new-file').addEventListener('submit', e => {
  e.preventDefault();
  let name = e.target.name.value.trim();
  if (!/\.(drl|csv|ya?ml)$/.test(name)) name += '.drl';
  busy(e.submitter, async () => {
    await api(draftFile(name), { method: 'PUT', text: isGrid(name) ? CHINESE.slice(0, -1).join(',') /* 扣分上限 once used */ + '\n' : '' });
    e.target.reset();
    await loadFiles(name);
    say(t('saved') + '：' + fileLabel(name));
  });
});

// a new evidence type: its Chinese name and its code go into village.yaml's types: at once
const dialog = document.getElementById('type-dialog');
onNewType(() => new Promise(resolve => {
  const form = dialog.querySelector('form');
  form.reset();
  form.querySelector('.error').textContent = '';
  const done = value => { dialog.close(); form.onsubmit = null; dialog.oncancel = null; resolve(value); };
  dialog.oncancel = () => done(null);
  form.querySelector('[data-cancel]').onclick = () => done(null);
  form.onsubmit = async ev => {
    ev.preventDefault();
    const name = form.typeName.value.trim();
    const codeValue = form.typeCode.value.trim().toUpperCase();
    const error = !name ? t('err.required', t('typeName'))
      : !TYPE_CODE.test(codeValue) ? t('err.typeCode')
        : vocab.types.has(codeValue) ? t('err.typeExists', codeValue, vocab.types.get(codeValue)) : '';
    if (error) { form.querySelector('.error').textContent = error; return; }
    const ok = await busy(form.querySelector('button[type=submit]'), async () => {
      const yaml = await savedText('village.yaml') ?? '';
      await api(draftFile('village.yaml'), { method: 'PUT', text: withType(yaml, codeValue, name) });
      vocab.types.set(codeValue, name);
      say(t('typeAdded', name));
      return true;
    });
    if (ok) done(codeValue);
  };
  dialog.showModal();
  form.typeName.focus();
}));
