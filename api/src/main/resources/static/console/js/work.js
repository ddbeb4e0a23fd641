// Shared by the work pages (members, 奖惩, 积分超市, administration): their texts and small helpers.
import { t } from './core.js';

const texts = new Map([...document.getElementById('work-texts')?.content.querySelectorAll('[data-k]') ?? []]
  .map(e => [e.dataset.k, e.textContent]));

/** A text of the work pages in the page's language; {0}, {1}… are replaced by args. */
export function w(key, ...args) {
  const text = texts.get(key) ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A member role's Chinese name (居民, 党员 …), the code itself when it has none. */
export function roleName(code) {
  const name = t('role.' + code);
  return name === 'role.' + code ? code : name;
}

/** The roles every village commonly gives (their names are in the shared texts). */
export const ROLES = ['RESIDENT', 'VILLAGER', 'PARTY_MEMBER', 'VOLUNTEER', 'BUILDING_LEADER', 'GRID_WORKER',
  'MICRO_GRID_WORKER', 'LECTURER'];

/** A fresh request key, so that a retried request is a replay and not a second entry. */
export function requestKey(prefix) {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

/** A cell for a table that becomes cards at phone width: the column's name in data-label. */
export function cell(el, label, ...content) {
  return el('td', { 'data-label': label }, ...content);
}
