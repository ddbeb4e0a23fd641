// The review queue: pending evidence with its details; approve or reject with a note (issue 5 endpoints).
import { api, busy, el, explain, say, t, v } from './core.js';

const queue = document.getElementById('queue');
const template = document.getElementById('review-item');

function facts(item) {
  const pairs = [[t('evidence'), item.evidenceId], [t('member'), item.memberId], [t('household'), item.householdId],
    [t('type'), item.type], [t('occurredAt'), (item.occurredAt ?? '').replace('T', ' ')],
    [t('points'), item.provisionalPoints], [t('status'), item.status]];
  return el('dl', {}, pairs.filter(p => p[1] !== undefined && p[1] !== null)
    .map(([k, val]) => [el('dt', {}, k), el('dd', {}, String(val))]));
}

function decide(li, item, decision, button) {
  const reviewer = document.getElementById('reviewer').value.trim();
  if (!reviewer) { say(t('err.required', document.querySelector('label.card span').textContent), 'error'); return; }
  busy(button, async () => {
    const result = await api(v(`/evidence/${encodeURIComponent(item.evidenceId)}/review`), { method: 'POST',
      json: { decision, reviewer, note: li.querySelector('[name=note]').value } });
    const words = { APPROVED: t('approved'), REJECTED: t('rejected'), AWAITING_SECOND_REVIEW: t('awaiting') };
    li.querySelector('.outcome').textContent = `${item.evidenceId}: ${words[result.status] ?? result.status}`;
    li.classList.add('decided', result.status.toLowerCase());
    li.querySelectorAll('button').forEach(b => { b.disabled = true; });
    say(`${item.evidenceId}: ${words[result.status] ?? result.status}`);
  });
}

async function load() {
  const page = await api(v('/reviews/pending?limit=50&offset=0'));
  document.getElementById('queue-total').textContent = page.total ? `${page.total}` : t('queueEmpty');
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
