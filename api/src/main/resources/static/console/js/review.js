// The review queue: pending evidence with its provisional awards; approve or reject with a note.
// GET …/reviews/pending and POST …/evidence/{id}/review (org.jifen.api.review). Times are village time:
// occurredAt as submitted, submittedAt in village time with its offset (the local part is shown).
import { api, busy, el, explain, say, t, v } from './core.js';

const queue = document.getElementById('queue');
const template = document.getElementById('review-item');
const time = s => (s ?? '').replace('T', ' ').slice(0, 16);
let total = 0;

const award = a => `${a.rule}${a.category ? ` (${a.category})` : ''} ${a.points > 0 ? '+' : ''}${a.points}`;
const decision = d => `${d.reviewer}: ${d.decision === 'APPROVED' ? t('approved') : t('rejected')}`
  + `${d.note ? ` — ${d.note}` : ''} ${time(d.decidedAt)}`;
const named = (name, id) => (name ? `${name}（${id}）` : id);
const statusText = s => ({ PENDING: t('PENDING'), AWAITING_SECOND_REVIEW: t('awaiting'), APPROVED: t('approved'),
  REJECTED: t('rejected') }[s] ?? s);

/** Only absolute http(s) addresses become links (the API sends no others; this checks again). */
function photos(item) {
  const links = (item.photoUrls ?? []).filter(u => /^https?:\/\//i.test(u)).map((u, i) => {
    let url;
    try { url = new URL(u); } catch (e) { return null; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer' },
      t('photoLink', i + 1));
  }).filter(Boolean);
  const count = item.photos ? t('photoCount', item.photos) : '';
  if (!links.length && !count) return null;
  return el('span', { class: 'photos' }, count ? `${count} ` : '', links);
}

function facts(item) {
  const pairs = [[t('evidence'), item.evidenceId], [t('member'), named(item.memberName, item.memberId)],
    [t('household'), item.householdId], [t('type'), item.typeName ? `${item.typeName}（${item.type}）` : item.type],
    [t('occurredAt'), time(item.occurredAt)], [t('submittedAt'), time(item.submittedAt)],
    [t('reporter'), item.reporterId ? named(item.reporterName, item.reporterId) : null],
    [t('photos'), photos(item)], [t('points'), item.provisionalPoints],
    [t('provisional'), (item.provisionalAwards ?? []).map(award).join('；')],
    [t('decisions'), (item.reviews ?? []).map(decision).join('；')],
    [t('status'), statusText(item.status)]];
  return el('dl', {}, pairs.filter(([, val]) => val !== undefined && val !== null && val !== '')
    .flatMap(([k, val]) => [el('dt', {}, k), el('dd', k === t('status') ? { class: 'status' } : {},
      val instanceof Node ? val : String(val))]));
}

function showTotal() {
  document.getElementById('queue-total').textContent = total ? t('queueTotal', total) : t('queueEmpty');
}

// the reviewer is the signed-in key's holder: the API records it from the key, so none is sent
async function decide(li, item, choice, button) {
  const result = await busy(button, () => api(v(`/evidence/${encodeURIComponent(item.evidenceId)}/review`),
    { method: 'POST', json: { decision: choice, note: li.querySelector('[name=note]').value } }));
  if (!result) return;
  const outcome = `${item.evidenceId}: ${statusText(result.status)}`;
  li.querySelector('.outcome').textContent = outcome;
  li.querySelector('dd.status').textContent = statusText(result.status);
  li.classList.add('decided', result.status.toLowerCase());
  // a second reviewer decides in their own session; this one is done with the item
  li.querySelectorAll('button').forEach(b => { b.disabled = true; });
  if (result.status === 'APPROVED' || result.status === 'REJECTED') {
    total = Math.max(0, total - 1);
    showTotal();
  }
  say(outcome);
}

async function load() {
  const page = await api(v('/reviews/pending?limit=50&offset=0'));
  total = page.total;
  showTotal();
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
