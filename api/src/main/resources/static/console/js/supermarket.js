// 积分超市: the catalogue (items, points, stock; add and edit) and the counter: look a member up by
// name, see the spendable points, redeem an item; refusals in plain words.
// GET/PUT …/catalogue, POST …/redemptions, GET …/members/{m}/balance (org.jifen.api.redemption, member).
import { ApiError, api, busy, el, explain, say, v } from './core.js';
import { memberPicker } from './members-picker.js';
import { cell, requestKey, w } from './work.js';

const itemForm = document.getElementById('item-form');
const choice = document.getElementById('counter-item');
let items = [];
let member = null;

async function loadCatalogue() {
  items = await api(v('/catalogue'));
  const head = [w('item'), w('price'), w('stock'), ''];
  document.getElementById('catalogue').replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, items.map(i => el('tr', { 'data-item': i.itemId }, cell(el, head[0], i.name),
      cell(el, head[1], String(i.price)), cell(el, head[2], String(i.stock)),
      el('td', {}, el('button', { type: 'button', class: 'link edit', onclick: () => edit(i) }, w('edit')))))));
  const chosen = choice.value;
  choice.replaceChildren(...items.map(i => el('option', { value: i.itemId, disabled: i.stock <= 0 },
    `${i.name} · ${i.price} 分 · ${w('stock')} ${i.stock}`)));
  if (chosen) choice.value = chosen;
}

function edit(item) {
  itemForm.reset();
  const f = itemForm.elements;
  f.name.value = item?.name ?? '';
  f.itemId.value = item?.itemId ?? '';
  f.itemId.readOnly = Boolean(item);
  f.price.value = item?.price ?? '';
  f.stock.value = item?.stock ?? '';
  itemForm.hidden = false;
  f.name.focus();
}

itemForm.addEventListener('submit', async e => {
  e.preventDefault();
  const f = itemForm.elements;
  const name = f.name.value.trim();
  const price = Number(f.price.value);
  const stock = Number(f.stock.value);
  if (!name) return say(w('needName'), 'error');
  if (!Number.isInteger(price) || price < 1 || !Number.isInteger(stock) || stock < 0) return say(w('needPrice'), 'error');
  const id = f.itemId.value.trim() || name.replace(/[^\p{L}\p{N}_.:@-]/gu, '').slice(0, 64);
  const saved = await busy(document.getElementById('item-save'), () => api(v(`/catalogue/${encodeURIComponent(id)}`),
    { method: 'PUT', json: { name, price, stock } }));
  if (!saved) return;
  itemForm.hidden = true;
  say(w('itemSaved', saved.name));
  await loadCatalogue();
});

async function showSpendable() {
  const balance = await api(v(`/members/${encodeURIComponent(member.memberId)}/balance`));
  document.getElementById('spendable').textContent = `${member.name ?? member.memberId}：${w('spendable', balance.spendable)}`;
}

/** A refusal of the counter in plain words: the API's result code, not its English detail. */
function refusal(e) {
  if (!(e instanceof ApiError)) return explain(e);
  if (e.status === 403) return w('cannotRedeem');
  if (e.status === 404) return w('UNKNOWN');
  const result = e.problem?.result;
  if (result === 'INSUFFICIENT_POINTS') return w(result, e.problem.balance, e.problem.price);
  if (result === 'OUT_OF_STOCK' || result === 'KEY_CONFLICT') return w(result);
  return explain(e);
}

document.getElementById('counter-form').addEventListener('submit', async e => {
  e.preventDefault();
  const out = document.getElementById('counter-result');
  out.textContent = '';
  if (!member) return say(w('pickFirst'), 'error');
  const item = items.find(i => i.itemId === choice.value);
  if (!item) return say(w('needItem'), 'error');
  const quantity = Number(e.currentTarget.elements.quantity.value) || 1;
  const button = document.getElementById('redeem');
  button.disabled = true;
  try {
    const answer = await api(v('/redemptions'), { method: 'POST', json: { redemptions: [
      { key: requestKey('counter'), memberId: member.memberId, itemId: item.itemId, quantity }] } });
    const r = answer.results[0];
    const text = w('redeemed', item.name, quantity, Math.abs(r.points), r.balance);
    out.className = 'ok';
    out.textContent = text;
    say(text);
    await Promise.all([showSpendable(), loadCatalogue()]);
  } catch (err) {
    out.className = 'error';
    out.textContent = refusal(err);
    say(refusal(err), 'error');
  } finally {
    button.disabled = false;
  }
});

memberPicker(document.getElementById('counter-member'), m => {
  member = m;
  showSpendable().catch(err => say(explain(err), 'error'));
}, { noneText: w('noMatch') });
document.getElementById('item-new').addEventListener('click', () => edit(null));

try {
  await loadCatalogue();
} catch (e) {
  say(explain(e), 'error');
}
