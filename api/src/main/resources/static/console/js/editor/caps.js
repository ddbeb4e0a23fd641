// The caps of the points-list grid (次数上限, 分数上限, 扣分上限): 不限 (or 沿用模板 in a village that
// extends a template) or 每天/每周/每月/每季度/每半年/每年, a number and whom it counts: 每人 (N/PERIOD)
// or 本户 (N/PERIOD/户, what every member of the household was credited), as the engine's Limit reads it.
import { el, t } from '../core.js';
import { PERIODS, periodName, vocab } from './vocab.js';

const CAP = /^\s*(\d{1,9})\s*\/\s*(DAY|WEEK|MONTH|QUARTER|HALF_YEAR|YEAR)\s*(?:\/\s*(户|人|HOUSEHOLD|MEMBER)\s*)?$/i;
/** The cap columns, each with the unit of its number. */
export const CAP_KEYS = { max_times: 'times', max_points: 'pointsUnit', max_deduct: 'pointsUnit' };

function option(value, text, selected) {
  return el('option', { value, selected: selected || null }, text);
}

/** A cap cell's widgets for the CSV value {@code value}. */
export function capCell(key, value, label) {
  const m = CAP.exec(value);
  const raw = value.trim();
  const choices = vocab.overlay ? [['', t('keepTemplate')], ['不限', t('noCap')]] : [['', t('noCap')]];
  const known = m || raw === '' || (vocab.overlay && ['不限', 'none'].includes(raw.toLowerCase()));
  const period = el('select', { 'data-part': 'period', 'aria-label': label },
    (known ? [] : [option(raw, raw, true)]),
    choices.map(([val, text]) => option(val, text, !m && known && (val === raw || (val === '不限' && raw.toLowerCase() === 'none')))),
    PERIODS.map(p => option(p, periodName(p), m && m[2].toUpperCase() === p)));
  const number = el('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric', 'data-part': 'max',
    value: m ? m[1] : '', 'aria-label': label + ' ' + t(CAP_KEYS[key]), class: 'cap-max' });
  const unit = el('span', { class: 'muted unit' }, t(CAP_KEYS[key]));
  const household = m && /^(户|HOUSEHOLD)$/i.test(m[3] ?? '');
  const scope = el('select', { 'data-part': 'scope', 'aria-label': label + ' ' + t('capScope'), class: 'cap-scope' },
    option('', t('capScope.member'), !household), option('户', t('capScope.household'), household));
  const sync = () => {
    const on = PERIODS.includes(period.value);
    number.hidden = !on;
    unit.hidden = !on;
    scope.hidden = !on;
  };
  period.addEventListener('change', () => { if (PERIODS.includes(period.value) && !number.value) number.value = '1'; sync(); });
  sync();
  return el('span', { class: 'cap', 'data-col': key }, period, number, unit, scope);
}

/** A cap cell's CSV value: 3/WEEK, 4/MONTH/户, or the choice (blank, 不限). */
export function capText(cell) {
  const period = cell.querySelector('[data-part=period]').value;
  const max = cell.querySelector('[data-part=max]').value.trim();
  const scope = cell.querySelector('[data-part=scope]').value;
  return PERIODS.includes(period) ? `${max}/${period}${scope ? '/' + scope : ''}` : period;
}

