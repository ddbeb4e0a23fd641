// The 规则 tab: the draft's rules, and forms that write rules without DRL (POST …/policy/draft/rule-forms).
// A rule a form made opens in its form again; a hand-written one says so and opens under 高级.
import { api, ApiError, busy, el, explain, fillTable, say, t, v } from '../core.js';
import { code } from './drl.js';
import { fileLabel, open, refreshList } from './files.js';
import { PERIODS, roleName } from './vocab.js';

const form = document.getElementById('rule-form');
const message = document.getElementById('rule-message');
const state = { listing: null, kind: null, replaces: null };
const KINDS = ['streak', 'repeat', 'role', 'hourly'];

/** Reads the draft's rules and the words the forms may use, and lists the rules. */
export async function showRules() {
  state.listing = await api(v('/policy/draft/rule-forms'));
  const { rules, types, categories } = state.listing;
  // types by their Chinese names (the code shows only where two types share a name)
  const named = Object.values(types);
  form.type.replaceChildren(...Object.entries(types).map(([c, n]) =>
    el('option', { value: c, title: c }, named.indexOf(n) === named.lastIndexOf(n) ? n : `${n}（${c}）`)));
  form.category.replaceChildren(...categories.map(c => el('option', { value: c }, c)));
  for (const select of form.querySelectorAll('.cap-period')) {
    select.replaceChildren(el('option', { value: '' }, t('forms.capNone')),
      ...PERIODS.map(p => el('option', { value: p }, t('period.' + p))));
  }
  form.querySelector('.role-choices').replaceChildren(...state.listing.roles.map(r =>
    el('label', {}, el('input', { type: 'checkbox', name: 'roles', value: r }), roleName(r))));
  const head = ['col.name', 'col.kind', 'col.where', 'col.action'].map(k => t('forms.' + k));
  const cell = (label, ...content) => el('td', { 'data-label': label }, ...content);
  fillTable(document.getElementById('rule-list'), head, rules.length ? rules.map(r => el('tr', { 'data-rule': r.name },
    cell(head[0], r.name),
    cell(head[1], r.form ? t('forms.kind.' + r.form.kind) : t('forms.handwritten')),
    cell(head[2], `${fileLabel(r.file)} · ${t('line', r.line)}`),
    cell(head[3], el('button', { type: 'button', class: 'link', 'data-edit': r.name, onclick: () => edit(r) },
      r.form ? t('forms.edit') : t('forms.open')))))
    : [el('tr', {}, el('td', { colspan: 4 }, t('forms.none')))]);
}

for (const k of KINDS) {
  document.querySelector(`[data-new-kind="${k}"]`).addEventListener('click', () => start(k, null));
}
form.querySelector('[data-cancel]').addEventListener('click', () => { form.hidden = true; });

function edit(rule) {
  if (rule.form) {
    start(rule.form.kind, rule.form);
    return;
  }
  form.hidden = true;
  message.replaceChildren(t('forms.handwrittenMessage'), ' ', el('button', { type: 'button', class: 'link',
    onclick: async () => { await open(rule.file); code.goTo(rule.line, 1); } }, t('forms.openAdvanced')));
  message.dataset.rule = rule.name;
  message.hidden = false;
}

/** Opens the form of a kind, empty (a new rule) or with a form rule's values. */
function start(kind, values) {
  message.hidden = true;
  state.kind = kind;
  state.replaces = values?.name ?? null;
  form.reset();
  clearErrors();
  form.dataset.kind = kind;
  for (const part of form.querySelectorAll('[data-kinds]')) part.hidden = !part.dataset.kinds.split(' ').includes(kind);
  document.getElementById('rule-form-title').textContent =
    t(values ? 'forms.editTitle' : 'forms.newTitle', values ? values.name : t('forms.kind.' + kind));
  document.getElementById('rule-form-hint').textContent = t('forms.hint.' + kind);
  document.getElementById('rule-points-label').textContent = t(kind === 'repeat' ? 'forms.pointsDeduct' : 'forms.pointsGain');
  if (kind === 'streak' && !values) setCap('maxTimes', '1/WEEK');
  if (kind === 'repeat' && !values && [...form.category.options].some(o => o.value === '扣分')) form.category.value = '扣分';
  if (values) {
    for (const k of ['name', 'type', 'category', 'points', 'days', 'period', 'from', 'basePoints', 'minutes', 'maxUnits']) {
      if (values[k] !== undefined && values[k] !== null) form[k].value = String(values[k]);
    }
    for (const box of form.querySelectorAll('input[name=roles]')) box.checked = (values.roles ?? []).includes(box.value);
    setCap('maxTimes', values.maxTimes);
    setCap('maxPoints', values.maxPoints);
  }
  form.hidden = false;
  form.name.focus();
}

function setCap(which, text) {
  const [count, period] = (text ?? '').split('/');
  form[which + 'Count'].value = period ? count : '';
  form[which + 'Period'].value = period ?? '';
}

function cap(which) {
  const count = form[which + 'Count'].value.trim();
  const period = form[which + 'Period'].value;
  if (!count && !period) return null;
  if (!count || !period) throw fieldError(which, t('forms.capMissing'));
  return `${count}/${period}`;
}

const number = name => (form[name].value.trim() === '' ? null : Number(form[name].value));

/** The form's values as the endpoint takes them: only the fields of its kind. */
function values() {
  const shown = name => !form.querySelector(`[data-field="${name}"]`)?.hidden;
  const input = { kind: state.kind, name: form.name.value.trim(), type: form.type.value, category: form.category.value,
    points: number('points'), maxTimes: cap('maxTimes') };
  for (const k of ['days', 'from', 'basePoints', 'minutes', 'maxUnits']) if (shown(k)) input[k] = number(k);
  if (shown('period')) input.period = form.period.value;
  if (shown('roles')) input.roles = [...form.querySelectorAll('input[name=roles]:checked')].map(b => b.value);
  if (shown('maxPoints')) input.maxPoints = cap('maxPoints');
  return input;
}

function fieldError(field, text) {
  return Object.assign(new Error(text), { field });
}

function clearErrors() {
  form.querySelector('.field-error').textContent = '';
  for (const bad of form.querySelectorAll('.bad')) bad.classList.remove('bad');
}

function showError(field, text) {
  const part = form.querySelector(`[data-field="${field}"]`);
  part?.classList.add('bad');
  const label = t('forms.field.' + field);
  form.querySelector('.field-error').textContent = `${label === 'forms.field.' + field ? '' : label + '：'}${text}`;
  say(form.querySelector('.field-error').textContent, 'error');
}

form.addEventListener('submit', e => {
  e.preventDefault();
  clearErrors();
  busy(document.getElementById('rule-form-save'), async () => {
    try {
      const saved = await api(v('/policy/draft/rule-forms'), { method: 'POST',
        json: { form: values(), replaces: state.replaces } });
      form.hidden = true;
      await showRules();
      await refreshList();
      say(t('forms.saved', saved.name, saved.line));
    } catch (error) {
      const problem = error instanceof ApiError ? error.problem?.errors?.[0] : null;
      if (error.field || problem) {
        showError(error.field ?? problem.field, error.field ? error.message : problem.message);
      } else {
        say(explain(error), 'error');
      }
    }
  });
});
