// 奖惩与冲正: pick a member by name, give or take points with a reason, reverse an entry with a reason.
// The operator is the signed-in key's holder: the server records it (shown here, not sent). POST …/adjustments,
// POST …/ledger/{entry}/reversal, GET …/members/{m}/balance and /ledger (org.jifen.api.ledger, member).
import { api, busy, el, say, v, villageTime } from './core.js';
import { memberPicker } from './members-picker.js';
import { balanceFigures, kindClass, kindLabel } from './points.js';
import { cell, requestKey, w } from './work.js';

const reverseForm = document.getElementById('reverse-form');
let member = null;
let reversing = null;

const path = suffix => v(`/members/${encodeURIComponent(member.memberId)}${suffix}`);

async function show() {
  const [balance, page] = await Promise.all([api(path('/balance')), api(path('/ledger?size=100'))]);
  document.getElementById('member-balance').textContent = w('memberBalance', member.name ?? member.memberId, balance.total);
  document.getElementById('member-figures').replaceChildren(...balanceFigures(balance, page.items));
  const head = [w('time'), w('kind'), w('what'), w('category'), w('points'), ''];
  const reversed = new Set(page.items.filter(e => e.kind === 'REVERSAL').map(e => e.reversesEntry));
  document.getElementById('entries').replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, page.items.map(e => el('tr', { 'data-entry': e.entryId, 'data-kind': e.kind, class: kindClass(e.kind) },
      cell(el, head[0], villageTime(e.createdAt)), cell(el, head[1], kindLabel(e.kind, k => w('kind.' + k))),
      cell(el, head[2], [e.rule, e.reason, e.operator].filter(Boolean).join(' · ')), cell(el, head[3], e.category ?? ''),
      cell(el, head[4], (e.points > 0 ? '+' : '') + e.points),
      el('td', {}, ['AWARD', 'ADJUSTMENT'].includes(e.kind) && e.points !== 0 && !reversed.has(e.entryId)
        ? el('button', { type: 'button', class: 'link reverse', onclick: () => startReversal(e) }, w('reverse'))
        : '')))));
}

function startReversal(entry) {
  reversing = entry;
  document.getElementById('reverse-what').textContent = w('reversing', entry.rule ?? entry.entryId, entry.points);
  reverseForm.hidden = false;
  reverseForm.elements.reason.focus();
}

memberPicker(document.getElementById('ledger-member'), m => {
  member = m;
  reverseForm.hidden = true;
  busy(document.getElementById('adjust-submit'), show);
}, { noneText: w('noMatch') });

document.getElementById('adjust-form').addEventListener('submit', async e => {
  e.preventDefault();
  const f = e.currentTarget.elements;
  if (!member) return say(w('pickFirst'), 'error');
  const points = Number(f.points.value);
  if (!Number.isInteger(points) || points === 0) return say(w('needPoints'), 'error');
  if (!f.reason.value.trim()) return say(w('needReason'), 'error');
  const done = await busy(document.getElementById('adjust-submit'), () => api(v('/adjustments'), { method: 'POST',
    json: { requestKey: requestKey('adj'), memberId: member.memberId, points, category: f.category.value.trim() || null,
      reason: f.reason.value.trim() } }));
  if (!done) return;
  say(w('adjusted', member.name ?? member.memberId, (points > 0 ? '+' : '') + points));
  f.points.value = '';
  f.reason.value = '';
  await show();
});

reverseForm.addEventListener('submit', async e => {
  e.preventDefault();
  const reason = reverseForm.elements.reason.value.trim();
  if (!reason) return say(w('needReason'), 'error');
  const done = await busy(document.getElementById('reverse-submit'), () => api(v(`/ledger/${reversing.entryId}/reversal`),
    { method: 'POST', json: { requestKey: requestKey('rev'), reason } }));
  if (!done) {
    // refused (409: reversed meanwhile elsewhere): show the entries as they are now, the refusal stays in sight
    await show().catch(() => {});
    reverseForm.hidden = !document.querySelector(`#entries tr[data-entry="${reversing.entryId}"] .reverse`);
    return;
  }
  say(w('reversed', reversing.rule ?? reversing.entryId));
  reverseForm.hidden = true;
  reverseForm.elements.reason.value = '';
  await show();
});
