// A member picker: type part of a name, choose the member from the list under the box.
// Reusable on any console page: memberPicker(input, onPick). GET …/members?q= (org.jifen.api.member).
import { api, el, explain, v } from './core.js';

/**
 * Turns a text box into a member picker: typing lists the village's members whose name contains the
 * text (name, household, points); choosing one calls onPick(member) with {memberId, name, householdId,
 * roles, balance}. The box's data-member-id holds the chosen member's id. {@code when}: whether to list
 * at all (a box that takes a household id as well lists members only when a member is asked for);
 * {@code enterSubmits}: Enter submits the box's form instead of searching.
 */
export function memberPicker(input, onPick, { noneText = '—', when = () => true, enterSubmits = false } = {}) {
  const list = el('ul', { class: 'picker-list', role: 'listbox', hidden: true });
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('autocomplete', 'off');
  input.parentElement.classList.add('picker');
  let timer;
  let asked = '';

  async function search() {
    const q = input.value.trim();
    asked = q;
    if (!q || !when()) { list.hidden = true; return; }
    let page;
    try {
      page = await api(v(`/members?q=${encodeURIComponent(q)}&size=10`));
    } catch (e) {
      list.replaceChildren(el('li', { class: 'error' }, explain(e)));
      list.hidden = false;
      return;
    }
    if (asked !== q) return; // a later search is under way
    list.replaceChildren(...(page.items.length ? page.items.map(m => el('li', { role: 'option', tabindex: '0',
      'data-member': m.memberId, onclick: () => pick(m), onkeydown: e => { if (e.key === 'Enter') pick(m); } },
    el('b', {}, m.name ?? m.memberId), ' ', el('span', { class: 'muted' },
      [m.householdId ? `${m.householdId} · ` : '', `${m.balance} 分`].join(''))))
      : [el('li', { class: 'muted' }, noneText)]));
    list.hidden = false;
  }

  function pick(m) {
    input.value = m.name ?? m.memberId;
    input.dataset.memberId = m.memberId;
    list.hidden = true;
    onPick(m);
  }

  input.addEventListener('input', () => {
    delete input.dataset.memberId;
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  // submitting the box's form (a statement lookup, enterSubmits) uses what is typed or picked
  input.form?.addEventListener('submit', () => { clearTimeout(timer); asked = null; list.hidden = true; });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !enterSubmits) { e.preventDefault(); clearTimeout(timer); search(); }
    if (e.key === 'Escape') list.hidden = true;
  });
  return { pick };
}

/**
 * The village's members' names by id (members without a name are left out), for pages that list
 * member ids (the what-if): read page by page, at most 10 000 members.
 */
export async function memberNames() {
  const names = new Map();
  for (let page = 0; page < 20; page++) {
    const answer = await api(v(`/members?size=500&page=${page}`));
    answer.items.filter(m => m.name).forEach(m => names.set(m.memberId, m.name));
    if ((page + 1) * 500 >= answer.total) break;
  }
  return names;
}
