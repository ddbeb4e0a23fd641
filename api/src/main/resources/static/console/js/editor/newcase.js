// A sample case from a form (新建样例): one evidence, the member's role, and the award it should earn
// (or none). The case is appended to the draft's case file (cases.yaml when there is none), then
// every case runs; a wrong expectation is fixed with 按实际结果更新样例.
import { api, busy, el, say, t, v } from '../core.js';
import { current, draftFile, fileLabel, loadFiles, open, savedText, saveCurrent } from './files.js';
import { runCases } from './checks.js';
import { roleName, typeName, vocab } from './vocab.js';
import { parse } from './csv.js';

const form = document.getElementById('new-case-form');
const y = text => JSON.stringify(String(text));

/** Fills the type, role and rule choices from the draft's words (after the files are loaded). */
export async function fillCaseForm(listing) {
  const list = (listing?.files ?? []).some(f => f.name === 'points-list.csv') ? await savedText('points-list.csv') ?? '' : '';
  const rows = parse(list).slice(1);
  const names = rows.map(r => (r[0] ?? '').trim()).filter(Boolean);
  const types = [...new Set([...vocab.types.keys(), ...rows.map(r => (r[1] ?? '').trim()).filter(Boolean)])];
  form.type.replaceChildren(...types.map(c => el('option', { value: c }, typeName(c))));
  form.role.replaceChildren(...vocab.roles.map(r => el('option', { value: r }, roleName(r))));
  document.getElementById('rule-names').replaceChildren(...names.map(n => el('option', { value: n })));
  if (!form.at.value) {
    const d = new Date(Date.now() - 86400000);
    form.at.value = `${d.toISOString().slice(0, 10)}T09:00`;
  }
}

/** The YAML of one case, in the file's "  - name:" list. */
export function caseYaml({ name, type, at, minutes, role, status, rule, points }) {
  const evidence = [`id: e1`, `type: ${type}`, `at: ${y(at.length === 16 ? at : at.slice(0, 16))}`];
  if (minutes !== '') evidence.push(`minutes: ${Number(minutes)}`);
  if (status !== 'APPROVED') evidence.push(`status: ${status}`);
  const expect = rule ? [`    expect:`, `      - { evidence: e1, rule: ${y(rule)}, points: ${Number(points)} }`] : ['    expect: []'];
  return [`  - name: ${y(name)}`, `    member: { id: m1, household: h1, roles: [${role}] }`, `    evidence:`,
    `      - { ${evidence.join(', ')} }`, ...expect].join('\n') + '\n';
}

form.addEventListener('submit', e => {
  e.preventDefault();
  const values = Object.fromEntries(['name', 'type', 'at', 'minutes', 'role', 'status', 'rule', 'points']
    .map(k => [k, form[k].value.trim()]));
  if (Boolean(values.rule) !== (values.points !== '') || (values.points !== '' && !/^-?\d+$/.test(values.points))) {
    say(t('err.casePoints'), 'error');
    return;
  }
  busy(document.getElementById('new-case-add'), async () => {
    await saveCurrent(true);
    const listing = await api(v('/policy/draft/files'));
    const file = listing.files.map(f => f.name).find(n => /\.ya?ml$/.test(n) && n !== 'village.yaml') ?? 'cases.yaml';
    const text = await savedText(file);
    const base = text && text.trim() ? text.replace(/^cases:\s*\[\s*\]\s*$/m, 'cases:').replace(/\n*$/, '\n') : 'cases:\n';
    await api(draftFile(file), { method: 'PUT', text: base + caseYaml(values) });
    if (current.name === file) await open(file, true); else await loadFiles();
    form.name.value = '';
    await runCases();
    say(t('caseAdded', values.name, fileLabel(file)));
  });
});
