// A member picker: type part of a name, choose the member from the list under the box.
// Reusable on any console page: memberPicker(input, onPick). GET …/members?q= (org.jifen.api.member).
import { api, el, explain, v } from './core.js';

/**
 * Turns a text box into a member picker: typing lists the village's members whose name contains the
 * text (name, household, points); choosing one calls onPick(member) with {memberId, name, householdId,
 * roles, balance}. The box's data-member-id holds the chosen member's id.
 */
export function memberPicker(input, onPick, { noneText = '—' } = {}) {
  const list = el('ul', { class: 'picker-list', role: 'listbox', hidden: true });
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('autocomplete', 'off');
  input.parentElement.classList.add('picker');
  let timer;
  let asked = '';

  async function search() {
    const q = input.value.trim();
    asked = q;
    if (!q) { list.hidden = true; return; }
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
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); search(); }
    if (e.key === 'Escape') list.hidden = true;
  });
  return { pick };
}
