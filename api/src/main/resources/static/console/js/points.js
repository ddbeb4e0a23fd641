// Base score, earned points, warnings and honours as the work pages show them (issue 15): the figures of
// GET …/members/{m}/balance and the 警示 / 荣誉 entries of GET …/members/{m}/ledger (org.jifen.api.member).
import { el } from './core.js';

const texts = new Map([...document.getElementById('points-texts')?.content.querySelectorAll('[data-k]') ?? []]
  .map(e => [e.dataset.k, e.textContent]));

/** A text of the points scripts in the page's language; {0}, {1}… are replaced by args. */
export function p(key, ...args) {
  const text = texts.get(key) ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** 户 → HOUSEHOLD, 人 → MEMBER: the key part of a scope. */
export const scopeKey = scope => (scope === '户' ? 'HOUSEHOLD' : 'MEMBER');

/** The period an honour was rated for (2026-Q1), from its entry's source programme:<rule>:<period>. */
export function honourPeriod(entry) {
  const source = entry.sourceId ?? '';
  return source.startsWith('programme:') ? source.slice(source.lastIndexOf(':') + 1) : '';
}

/** 季度星 2026-Q1: an honour entry's title (its reason, else its rule) and period. */
export function honourText(entry) {
  return [entry.reason || entry.rule, honourPeriod(entry)].filter(Boolean).join(' ');
}

/** The kind as officials read it: 警示, 荣誉 and 暂停兑换 here, the others from {@code others(kind)}. */
export function kindLabel(kind, others) {
  return kind === 'WARNING' || kind === 'HONOUR' || kind === 'SUSPENSION' ? p('kind.' + kind) : others(kind);
}

/** The class a ledger row gets for its kind: warnings and honours stand out. */
export const kindClass = kind => (kind === 'WARNING' || kind === 'SUSPENSION' ? 'kind-warning'
  : kind === 'HONOUR' ? 'kind-honour' : '');

function figure(id, label, value, hint) {
  return el('div', { id }, el('span', {}, label), el('b', {}, String(value)), hint ? el('small', { class: 'muted' }, hint) : '');
}

/**
 * The member's figures, apart: 基础分 (when the village has one, with 每户每年), 已得积分 in the base period,
 * 当前积分 (base + earned) and 可兑换 (never the base); then this year's warnings and the honours among
 * {@code entries}.
 */
export function balanceFigures(balance, entries = []) {
  const base = balance.base;
  const boxes = [];
  if (base) {
    boxes.push(figure('fig-base', p('base'), base.points,
      p('baseText', p('scope.' + scopeKey(base.scope)), p('period.' + base.period))));
  }
  boxes.push(figure('fig-earned', p('earnedIn', balance.periodName), balance.earned));
  if (base) boxes.push(figure('fig-current', p('current'), balance.current, p('currentHint')));
  boxes.push(figure('fig-spendable', p('spendable'), balance.spendable,
    [base ? p('spendableHint') : '', balance.pending ? p('pending', balance.pending) : ''].filter(Boolean).join('，')));
  const honours = entries.filter(e => e.kind === 'HONOUR').map(honourText);
  return [el('div', { class: 'figures' }, ...boxes),
    el('p', { id: 'member-warnings', class: balance.warnings ? 'error' : 'muted' }, p('warnings', balance.warnings)),
    el('p', { id: 'member-honours', class: honours.length ? 'honours' : 'muted' },
      honours.length ? p('honours', honours.join('、')) : p('noHonours'))];
}
