// A member's points card on the members page: 基础分, 已得积分, 当前积分 and 可兑换 apart, this year's warnings,
// honours, and the latest entries with 警示 and 荣誉 marked. GET …/members/{m}/balance and /ledger (org.jifen.api.member).
import { api, el, v, villageTime } from './core.js';
import { balanceFigures, kindClass, kindLabel } from './points.js';
import { cell, w } from './work.js';

/** Fills {@code card} with the member's figures and latest 50 entries and shows it. */
export async function showCard(card, member) {
  const path = suffix => v(`/members/${encodeURIComponent(member.memberId)}${suffix}`);
  const [balance, page] = await Promise.all([api(path('/balance')), api(path('/ledger?size=50'))]);
  const head = [w('time'), w('kind'), w('what'), w('points')];
  card.querySelector('#card-name').textContent = [member.name ?? member.memberId, member.householdId]
    .filter(Boolean).join(' · ');
  card.querySelector('#card-figures').replaceChildren(...balanceFigures(balance, page.items));
  card.querySelector('#card-entries').replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, page.items.map(e => el('tr', { 'data-entry': e.entryId, 'data-kind': e.kind, class: kindClass(e.kind) },
      cell(el, head[0], villageTime(e.occurredAt ?? e.createdAt)), cell(el, head[1], kindLabel(e.kind, k => w('kind.' + k))),
      cell(el, head[2], [e.rule, e.reason, e.operator].filter((x, i, all) => x && all.indexOf(x) === i).join(' · ')),
      cell(el, head[3], (e.points > 0 ? '+' : '') + e.points)))));
  card.hidden = false;
  card.scrollIntoView({ block: 'nearest' });
}
