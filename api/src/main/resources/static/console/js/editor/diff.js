// A side-by-side diff of two versions' files: old on the left, new on the right, per file.
import { el } from '../core.js';

/** Line diff by longest common subsequence: [['same'|'del'|'add', text]…]. */
export function diffLines(a, b) {
  const n = a.length, m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push(['same', a[i], b[j]]); i++; j++; }
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(['add', null, b[j++]]);
    else out.push(['del', a[i++], null]);
  }
  return out;
}

/** Pairs removed and added lines so a changed line sits beside its new form. */
function rows(ops) {
  const result = [];
  for (let k = 0; k < ops.length;) {
    if (ops[k][0] === 'same') { result.push(['same', ops[k][1], ops[k][2]]); k++; continue; }
    const dels = [], adds = [];
    while (k < ops.length && ops[k][0] !== 'same') (ops[k][0] === 'del' ? dels : adds).push(ops[k++]);
    for (let x = 0; x < Math.max(dels.length, adds.length); x++) {
      result.push(['change', dels[x]?.[1] ?? null, adds[x]?.[2] ?? null]);
    }
  }
  return result;
}

export function sideBySide(oldFiles, newFiles) {
  const names = [...new Set([...Object.keys(oldFiles), ...Object.keys(newFiles)])].sort();
  const box = el('div', { class: 'diff' });
  for (const name of names) {
    const a = oldFiles[name], b = newFiles[name];
    if (a === b) continue;
    let ln = 0, rn = 0;
    const body = rows(diffLines((a ?? '').split('\n'), (b ?? '').split('\n'))).map(([kind, l, r]) => el('tr',
      { class: kind },
      el('td', { class: 'ln' }, l === null ? '' : ++ln), el('td', { class: l === null ? 'pre' : 'pre old' }, l ?? ''),
      el('td', { class: 'ln' }, r === null ? '' : ++rn), el('td', { class: r === null ? 'pre' : 'pre new' }, r ?? '')));
    box.append(el('h4', { 'data-diff-file': name }, name),
      el('div', { class: 'scroll' }, el('table', { class: 'diff-table' }, el('tbody', {}, body))));
  }
  if (!box.childElementCount) box.append(el('p', { class: 'muted' }, '='));
  return box;
}
