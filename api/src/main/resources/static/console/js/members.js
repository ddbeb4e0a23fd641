// 村民名册: the members by name with household, roles and points; register and edit; import a roster.
// GET …/members?q=, PUT …/members/{id}, POST …/members/import (org.jifen.api.member); a member's points card: member-card.js.
import { api, busy, el, explain, say, v } from './core.js';
import { showCard } from './member-card.js';
import { p } from './points.js';
import { ROLES, cell, roleName, w } from './work.js';

const table = document.getElementById('members');
const editor = document.getElementById('member-editor');
const form = document.getElementById('member-form');
const search = document.getElementById('member-search');

async function load() {
  const q = search.value.trim();
  const page = await api(v(`/members?size=200${q ? `&q=${encodeURIComponent(q)}` : ''}`));
  document.getElementById('member-total').textContent = page.total || !q ? w('found', page.total) : w('notFound', q);
  const head = [w('name'), w('household'), w('roles'), w('balance'), ''];
  table.replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, page.items.map(m => el('tr', { 'data-member': m.memberId },
      cell(el, head[0], m.name ?? m.memberId), cell(el, head[1], m.householdId ?? ''),
      cell(el, head[2], m.roles.length ? m.roles.map(roleName).join('、') : w('none')),
      cell(el, head[3], String(m.balance)),
      el('td', {}, el('button', { type: 'button', class: 'link show-card', onclick: e => busy(e.currentTarget,
        () => showCard(document.getElementById('member-card'), m)) }, p('card')),
      el('button', { type: 'button', class: 'link edit', onclick: () => edit(m) }, w('edit')))))));
}

function roleBoxes(chosen) {
  const all = [...new Set([...ROLES, ...chosen])];
  document.getElementById('role-boxes').replaceChildren(...all.map(code => el('label', {},
    el('input', { type: 'checkbox', name: 'role', value: code, checked: chosen.includes(code) }), roleName(code))));
}

function edit(m) {
  form.reset();
  form.elements.name.value = m?.name ?? '';
  form.elements.householdId.value = m?.householdId ?? '';
  form.elements.memberId.value = m?.memberId ?? '';
  form.elements.memberId.readOnly = Boolean(m);
  form.elements.joinedOn.value = m?.joinedOn ?? '';
  roleBoxes(m?.roles ?? []);
  editor.hidden = false;
  if (m) api(v(`/members/${encodeURIComponent(m.memberId)}`)).then(r => { form.elements.joinedOn.value = r.joinedOn ?? ''; })
    .catch(() => {});
  form.elements.name.focus();
}

async function save(e) {
  e.preventDefault();
  const f = form.elements;
  const name = f.name.value.trim();
  const household = f.householdId.value.trim();
  if (!name) return say(w('needName'), 'error');
  if (!household && !f.memberId.value.trim()) return say(w('needHousehold'), 'error');
  const id = f.memberId.value.trim() || `${household}-${name.replace(/[^\p{L}\p{N}_.:@-]/gu, '')}`.slice(0, 64);
  const body = { name, householdId: household || null, joinedOn: f.joinedOn.value || null,
    roles: [...form.querySelectorAll('input[name=role]:checked')].map(b => b.value) };
  // a new registration must not overwrite someone already registered under the same id
  if (!f.memberId.readOnly) {
    const known = await api(v(`/members/${encodeURIComponent(id)}`)).catch(() => null);
    if (known) return say(w('exists', id, known.name ?? id), 'error');
  }
  const saved = await busy(document.getElementById('member-save'),
    () => api(v(`/members/${encodeURIComponent(id)}`), { method: 'PUT', json: body }));
  if (!saved) return;
  editor.hidden = true;
  say(w('saved', saved.name ?? saved.memberId));
  await load();
}

async function importRoster(button) {
  const file = document.getElementById('roster-file').files[0];
  const out = document.getElementById('roster-result');
  out.replaceChildren();
  if (!file) return say(w('chooseFile'), 'error');
  button.disabled = true;
  try {
    const result = await api(v('/members/import'), { method: 'POST', file });
    out.replaceChildren(el('p', { class: 'ok' }, w('imported', result.created, result.updated)),
      result.ignoredColumns.length ? el('p', { class: 'muted' }, w('ignored', result.ignoredColumns.join('、'))) : '');
    say(w('imported', result.created, result.updated));
    await load();
  } catch (e) {
    const rows = e.problem?.errors?.filter(r => r.row) ?? [];
    out.replaceChildren(el('p', { class: 'error' }, rows.length ? w('rosterRefused') : explain(e)),
      el('ul', { id: 'roster-errors', class: 'problems' }, rows.map(r => el('li', { class: 'error' },
        `${w('row', r.row)}${r.column ? ` · ${r.column}` : ''}：${r.message}`))));
    say(rows.length ? w('rosterRefused') : explain(e), 'error');
  } finally {
    button.disabled = false;
  }
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  busy(document.getElementById('member-find'), load);
});
document.getElementById('member-new').addEventListener('click', () => edit(null));
document.getElementById('member-cancel').addEventListener('click', () => { editor.hidden = true; });
form.addEventListener('submit', save);
document.getElementById('roster-file').addEventListener('change', e => {
  const file = e.currentTarget.files[0];
  if (file) document.getElementById('roster-file-name').textContent = file.name;
});
document.getElementById('roster-import').addEventListener('click', e => importRoster(e.currentTarget));

try {
  await load();
} catch (e) {
  say(explain(e), 'error');
}
