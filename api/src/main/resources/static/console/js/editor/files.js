// The draft's file list: open a file in the code editor or (a .csv) in the grid, save it, create one.
import { api, busy, el, say, t, v } from '../core.js';
import { code, show } from './drl.js';
import { addRow, gridText, onGridChange, showGrid } from './grid.js';

const list = document.getElementById('file-list');
const state = { name: null, dirty: false };
export const current = state;

const isGrid = name => name.endsWith('.csv');
const draftFile = name => v('/policy/draft/files/' + encodeURIComponent(name));

function markDirty(dirty) {
  state.dirty = dirty;
  document.getElementById('dirty').textContent = dirty ? ' ● ' + t('unsaved') : '';
}
code.onChange(() => markDirty(!code.clean()));
onGridChange(() => markDirty(true));

/** Reads the file list again; opens select, or the open file, or the first DRL. */
export async function loadFiles(select) {
  const listing = await refreshList();
  const first = select ?? state.name ?? listing.files.find(f => f.name.endsWith('.drl'))?.name ?? listing.files[0]?.name;
  if (first) await open(first);
  return listing;
}

async function refreshList() {
  const listing = await api(v('/policy/draft/files'));
  list.replaceChildren(...listing.files.map(f => el('li', {},
    el('a', { href: '#', 'data-file': f.name, class: f.name === state.name ? 'on' : null,
      onclick: e => { e.preventDefault(); open(f.name); } }, f.name),
    el('span', { class: 'muted' }, ` ${f.size} B`))));
  return listing;
}

export async function open(name) {
  if (state.dirty && name !== state.name && !confirm(t('unsaved'))) return;
  const text = await api(draftFile(name), { accept: 'text/plain, application/problem+json' });
  state.name = name;
  document.getElementById('file-name').textContent = name;
  document.getElementById('code-pane').hidden = isGrid(name);
  document.getElementById('grid-pane').hidden = !isGrid(name);
  if (isGrid(name)) showGrid(text); else show(name, text);
  for (const a of list.querySelectorAll('a')) a.classList.toggle('on', a.dataset.file === name);
  markDirty(false);
}

/** Saves the open file when it changed; quiet: as a step of another action, which reports itself. */
export async function saveCurrent(quiet = false) {
  if (!state.name || !state.dirty) return true;
  say(t('saving'), 'busy');
  await api(draftFile(state.name), { method: 'PUT', text: isGrid(state.name) ? gridText() : code.text() });
  code.markClean();
  markDirty(false);
  say(t('saved') + ': ' + state.name, quiet ? 'busy' : 'ok');
  await refreshList();
  return true;
}

document.getElementById('save').addEventListener('click', e => busy(e.target, async () => {
  state.dirty = true;
  await saveCurrent();
}));
document.getElementById('add-row').addEventListener('click', () => {
  addRow();
  markDirty(true);
});
document.getElementById('new-file').addEventListener('submit', e => {
  e.preventDefault();
  const name = e.target.name.value.trim();
  busy(e.submitter, async () => {
    await api(draftFile(name), { method: 'PUT', text: isGrid(name) ? 'item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes\n' : '' });
    e.target.reset();
    await loadFiles(name);
    say(t('saved') + ': ' + name);
  });
});
