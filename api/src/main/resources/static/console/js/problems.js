// A server's problem detail as an official reads it: the Chinese shown, the English kept for 详情.

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * A server detail as {chinese, english}. A detail in plain Chinese followed by the English in
 * brackets (「……（the entry was …）」) is split there; a leading English field name ("operator: ")
 * before Chinese is dropped; a detail without Chinese is all English.
 */
export function split(detail) {
  if (!detail) return { chinese: '', english: null };
  if (!CHINESE.test(detail)) return { chinese: '', english: detail };
  const text = detail.replace(/^[A-Za-z][\w.\[\]\/]*: (?=[\u4e00-\u9fff「])/, '');
  const at = text.search(/（(?=[A-Za-z])/);
  if (at <= 0) return { chinese: text, english: null };
  return { chinese: text.slice(0, at).trim(), english: text.slice(at + 1).replace(/）$/, '') };
}

/** What is wrong with a refused field, from the validator's English message. */
function kind(message) {
  if (/blank|null|empty|required/i.test(message)) return 'blank';
  if (/whole number|not a number/i.test(message)) return 'number';
  if (/^size |too long|characters/i.test(message)) return 'size';
  if (/less than|greater than|between|at most|at least|must not be 0/i.test(message)) return 'range';
  if (/format|match|one line|control/i.test(message)) return 'format';
  return 'other';
}

/**
 * A request's first refused field (errors[0] of a 400) in the page's words: 「理由」不能为空; the
 * field by its name in the texts (field.reason), else only what is wrong. '' when there is none.
 */
export function fieldProblem(problem, t) {
  const error = Array.isArray(problem?.errors) ? problem.errors[0] : null;
  if (!error || typeof error.field !== 'string') return '';
  const name = error.field.replace(/\[\d+\]/g, '').split('.').pop();
  const label = t('field.' + name);
  const what = t('bad.' + kind(String(error.message ?? '')));
  return label === 'field.' + name ? what : t('badField', label, what);
}
