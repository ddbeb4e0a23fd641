// The review queue: pending evidence with its provisional awards; approve or reject with a note.
// GET …/reviews/pending and POST …/evidence/{id}/review (org.jifen.api.review).
import { api, busy, el, explain, say, t, v } from './core.js';
import { memberNames } from './members-picker.js';

const queue = document.getElementById('queue');
const template = document.getElementById('review-item');
const time = s => (s ?? '').replace('T', ' ').slice(0, 16);

const award = a => `${a.rule}${a.category ? ` (${a.category})` : ''} ${a.points > 0 ? '+' : ''}${a.points}`;
const decision = d => `${d.reviewer}: ${d.decision === 'APPROVED' ? t('approved') : t('rejected')}`
  + `${d.note ? ` — ${d.note}` : ''} ${time(d.decidedAt)}`;

// members by name (the id beside it); a key that may not list members sees the ids
const names = await memberNames().catch(() => new Map());
const memberOf = id => (names.has(id) ? `${names.get(id)}（${id}）` : id);

function facts(item) {
  const pairs = [[t('evidence'), item.evidenceId], [t('member'), memberOf(item.memberId)], [t('household'), item.householdId],
    [t('type'), item.type], [t('occurredAt'), time(item.occurredAt)], [t('submittedAt'), time(item.submittedAt)],
    [t('points'), item.provisionalPoints],
    [t('provisional'), (item.provisionalAwards ?? []).map(award).join('；')],
    [t('decisions'), (item.reviews ?? []).map(decision).join('；')],
    [t('status'), { PENDING: t('PENDING'), AWAITING_SECOND_REVIEW: t('awaiting') }[item.status] ?? item.status]];
  return el('dl', {}, pairs.filter(([, val]) => val !== undefined && val !== null && val !== '')
    .flatMap(([k, val]) => [el('dt', {}, k), el('dd', {}, String(val))]));
}

// the reviewer is the signed-in key's holder: the API records it from the key, so none is sent
async function decide(li, item, choice, button) {
  const result = await busy(button, () => api(v(`/evidence/${encodeURIComponent(item.evidenceId)}/review`),
    { method: 'POST', json: { decision: choice, note: li.querySelector('[name=note]').value } }));
  if (!result) return;
  const words = { APPROVED: t('approved'), REJECTED: t('rejected'), AWAITING_SECOND_REVIEW: t('awaiting') };
  const outcome = `${item.evidenceId}: ${words[result.status] ?? result.status}`;
  li.querySelector('.outcome').textContent = outcome;
  li.classList.add('decided', result.status.toLowerCase());
  // a second reviewer decides in their own session; this one is done with the item
  li.querySelectorAll('button').forEach(b => { b.disabled = true; });
  say(outcome);
}

async function load() {
  const page = await api(v('/reviews/pending?limit=50&offset=0'));
  document.getElementById('queue-total').textContent = page.total ? t('queueTotal', page.total) : t('queueEmpty');
  queue.replaceChildren(...page.items.map(item => {
    const li = template.content.firstElementChild.cloneNode(true);
    li.dataset.evidence = item.evidenceId;
    li.querySelector('.facts').append(facts(item));
    li.querySelectorAll('button[data-decision]').forEach(b =>
      b.addEventListener('click', () => decide(li, item, b.dataset.decision, b)));
    return li;
  }));
}

try {
  await load();
} catch (e) {
  say(explain(e), 'error');
}
