// 系统管理 (administrators): villages (list, create) and keys (list, create with a holder, revoke).
// GET/PUT /api/v1/villages…, GET/POST/DELETE /api/v1/keys… (org.jifen.api.village, keys).
import { api, busy, el, explain, say } from './core.js';
import { cell, w } from './work.js';

const ROLES = ['OFFICIAL', 'REVIEWER', 'MERCHANT', 'PIPELINE', 'AUDITOR', 'ADMIN'];

function fill(table, head, rows) {
  table.replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(([attrs, cells]) => el('tr', attrs,
      cells.map((c, i) => head[i] ? cell(el, head[i], c) : el('td', {}, c))))));
}

async function loadVillages() {
  const list = await api('/villages');
  const villages = Array.isArray(list) ? list : list.villages ?? list.items ?? [];
  fill(document.getElementById('village-table'), [w('villageId'), w('villageName'), w('region'), w('policy')],
    villages.map(x => [{ 'data-village': x.id }, [x.id, x.name, x.region ?? '', x.policyVersion ?? '']]));
}

async function loadKeys() {
  const { keys } = await api('/keys');
  fill(document.getElementById('key-table'), [w('keyName'), w('holder'), w('role'), w('villages'), w('state'), ''],
    keys.map(k => [{ 'data-key': k.keyId }, [k.name, k.holder ?? '', w('role.' + k.role),
      k.villages?.length ? k.villages.join('、') : k.region ?? w('allVillages'),
      k.revokedAt ? w('revoked') : w('active'),
      k.revokedAt ? '' : el('button', { type: 'button', class: 'link revoke', onclick: e => revoke(k, e.currentTarget) },
        w('revoke'))]]));
}

async function revoke(key, button) {
  if (!confirm(w('confirmRevoke', key.name))) return;
  const done = await busy(button, () => api(`/keys/${encodeURIComponent(key.keyId)}`, { method: 'DELETE' }).then(() => true));
  if (!done) return;
  say(w('keyRevoked', key.name));
  await loadKeys();
}

document.getElementById('key-role').replaceChildren(...ROLES.map(r => el('option', { value: r }, w('role.' + r))));

document.getElementById('village-form').addEventListener('submit', async e => {
  e.preventDefault();
  const f = e.currentTarget.elements;
  const id = f.id.value.trim();
  const body = { name: f.name.value.trim(), region: f.region.value.trim() || null };
  const made = await busy(document.getElementById('village-create'),
    () => api(`/villages/${encodeURIComponent(id)}`, { method: 'PUT', json: body }));
  if (!made) return;
  say(w('villageCreated', body.name));
  e.target.reset();
  await loadVillages();
});

document.getElementById('key-form').addEventListener('submit', async e => {
  e.preventDefault();
  const f = e.currentTarget.elements;
  const role = f.role.value;
  const body = { name: f.name.value.trim(), holder: f.holder.value.trim() || null, role };
  if (['OFFICIAL', 'REVIEWER', 'PIPELINE'].includes(role)) {
    body.villages = f.villages.value.split(/[,，、\s]+/).filter(Boolean);
  }
  if (role === 'MERCHANT') body.region = f.region.value.trim();
  const made = await busy(document.getElementById('key-create'), () => api('/keys', { method: 'POST', json: body }));
  if (!made) return;
  document.getElementById('new-key').hidden = false;
  document.getElementById('new-key-note').textContent = w('keyCreated');
  document.getElementById('new-key-value').textContent = made.key;
  say(w('keyCreated'));
  e.target.reset();
  await loadKeys();
});

try {
  await Promise.all([loadVillages(), loadKeys()]);
} catch (e) {
  say(explain(e), 'error');
}
