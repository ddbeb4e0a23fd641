// 评星评比: pick a period (月/季度/半年/年 → 2026-03, 2026-Q1, 2026-H1, 2026), preview the programme run (who
// would get what, by rank and total), then confirm it; a period already rated shows 已评定.
// POST …/programmes/{period}/run?dryRun=true|false (org.jifen.api.programme); names from GET …/members.
import { api, busy, el, explain, say, v } from './core.js';
import { p } from './points.js';

const kind = document.getElementById('programme-kind');
const year = document.getElementById('programme-year');
const part = document.getElementById('programme-part');
const runButton = document.getElementById('programme-run');
const status = document.getElementById('programme-status');
const table = document.getElementById('programme-awards');
const HEADS = ['HEAD', 'HOUSEHOLD_HEAD', '户主'];
let previewed = null;
let people = null;

const now = new Date();
year.value = now.getFullYear();

/** The choices of the period's part: months, quarters or halves (none for a year), the current one chosen. */
function parts() {
  const month = now.getMonth() + 1;
  const options = {
    MONTH: [...Array(12).keys()].map(i => [String(i + 1).padStart(2, '0'), p('month', i + 1), i + 1 === month]),
    QUARTER: [1, 2, 3, 4].map(q => ['Q' + q, p('Q' + q), Math.ceil(month / 3) === q]),
    HALF_YEAR: [1, 2].map(h => ['H' + h, p('H' + h), (month <= 6 ? 1 : 2) === h]),
    YEAR: [],
  }[kind.value];
  part.replaceChildren(...options.map(([value, label, on]) => el('option', { value, selected: on }, label)));
  document.getElementById('programme-part-box').hidden = !options.length;
  changed();
}

/** The period as the api names it, or null when the year is not a year. */
function period() {
  const y = Number(year.value);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) return null;
  return kind.value === 'YEAR' ? String(y) : `${y}-${part.value}`;
}

function changed() {
  const name = period();
  document.getElementById('programme-period').textContent = name ? p('periodShown', name) : p('needYear');
  runButton.disabled = previewed !== name || !name;
}

/** Names by member id and each household's head (role HEAD/户主, else its first named member by id). */
async function loadPeople() {
  const names = new Map();
  const heads = new Map();
  for (let page = 0; page < 20; page++) {
    const answer = await api(v(`/members?size=500&page=${page}`));
    for (const m of answer.items) {
      if (m.name) names.set(m.memberId, m.name);
      if (!m.householdId || !m.name) continue;
      const head = heads.get(m.householdId);
      const isHead = m.roles.some(r => HEADS.includes(r));
      if (!head || (isHead && !head.isHead) || (isHead === head.isHead && m.memberId < head.id)) {
        heads.set(m.householdId, { id: m.memberId, name: m.name, isHead });
      }
    }
    if ((page + 1) * 500 >= answer.total) break;
  }
  return { names, heads };
}

function who(line, { names, heads }) {
  if (line.scope === '户') return heads.has(line.id) ? p('household', heads.get(line.id).name) : line.id;
  return names.get(line.id) ?? line.id;
}

function show(view, known) {
  const head = [p('rule'), p('who'), p('rank'), p('total'), p('result'), p('state')];
  const done = new Set(view.alreadyRun);
  table.replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, view.awards.map(a => el('tr', { 'data-rule': a.rule, 'data-id': a.id, class: done.has(a.rule) ? 'already' : '' },
      el('td', { 'data-label': head[0] }, a.rule), el('td', { 'data-label': head[1] }, who(a, known)),
      el('td', { 'data-label': head[2] }, p('rankText', a.rank, a.of, p('unit.' + (a.scope === '户' ? 'HOUSEHOLD' : 'MEMBER')))),
      el('td', { 'data-label': head[3] }, String(a.total)),
      el('td', { 'data-label': head[4] }, a.kind === 'HONOUR' ? p('honour', a.reason || a.rule)
        : [p('points', (a.points > 0 ? '+' : '') + a.points), a.reason].filter(Boolean).join(' · ')),
      el('td', { 'data-label': head[5] }, a.written ? p('written') : done.has(a.rule) ? p('alreadyRun') : p('willWrite'))))));
}

async function run(dryRun) {
  const name = period();
  if (!name) { say(p('needYear'), 'error'); return; }
  people ??= loadPeople().catch(e => { people = null; throw e; });
  const [view, known] = await Promise.all([api(v(`/programmes/${encodeURIComponent(name)}/run?dryRun=${dryRun}`),
    { method: 'POST' }), people]);
  show(view, known);
  const rules = [...new Set(view.awards.map(a => a.rule))];
  const fresh = view.awards.filter(a => !view.alreadyRun.includes(a.rule));
  const written = view.awards.filter(a => a.written).length;
  let message;
  if (!view.awards.length) message = p('nothing', name);
  else if (!fresh.length || (!dryRun && !written)) message = p('alreadyRunAll', view.alreadyRun.join('、') || rules.join('、'), name);
  else message = dryRun ? p('previewed', name, fresh.length) : p('ran', name, written);
  status.textContent = message;
  status.className = view.alreadyRun.length && !written ? 'muted already-run' : 'ok';
  previewed = dryRun && fresh.length ? name : null;
  changed();
  say(message);
}

kind.addEventListener('change', parts);
part.addEventListener('change', changed);
year.addEventListener('input', changed);
document.getElementById('programme-form').addEventListener('submit', e => {
  e.preventDefault();
  busy(document.getElementById('programme-preview'), () => run(true));
});
runButton.addEventListener('click', () => {
  if (previewed !== period()) { say(p('previewFirst'), 'error'); return; }
  if (!window.confirm(p('confirm', period()))) return;
  busy(runButton, () => run(false)).then(changed);
});
try {
  parts();
} catch (e) {
  say(explain(e), 'error');
}
