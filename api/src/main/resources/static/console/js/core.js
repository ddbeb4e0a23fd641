// Shared by every console page: texts, the API client (session + CSRF header), feedback, the village.
import { fieldProblem, split } from './problems.js';

const texts = new Map([...document.getElementById('texts')?.content.querySelectorAll('[data-k]') ?? []]
  .map(e => [e.dataset.k, e.textContent]));

/** A text of the page's language; {0}, {1}… are replaced by args. */
export function t(key, ...args) {
  const text = texts.get(key) ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The village of the page (?village=…). */
export const village = new URLSearchParams(location.search).get('village');

const csrf = document.querySelector('meta[name=csrf]')?.content;

/** An API failure in plain words; status 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
    // a server detail's English (all of it, or its bracketed part) is kept for the 详情 toggle, not put in the message
    this.detail = split(problem && typeof problem === 'object' ? problem.detail : null).english;
  }
}

/** Calls /api/v1{path} as the signed-in key (a body of json, text or a file's bytes); resolves to parsed JSON (or text), rejects with ApiError. */
export async function api(path, { method = 'GET', json, text, file, accept } = {}) {
  const headers = { 'X-CSRF-TOKEN': csrf, Accept: accept ?? 'application/json, application/problem+json' };
  let body;
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  if (text !== undefined) { headers['Content-Type'] = 'text/plain; charset=utf-8'; body = text; }
  if (file !== undefined) { headers['Content-Type'] = file.type || 'application/octet-stream'; body = file; }
  pending(+1);
  try {
    let response;
    try {
      response = await fetch('/api/v1' + path, { method, headers, body, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, t('err.network'));
    }
    const type = response.headers.get('Content-Type') ?? '';
    const payload = response.status === 204 ? null
      : type.includes('json') ? await response.json().catch(() => null) : await response.text();
    if (response.ok) return payload;
    throw new ApiError(response.status, plain(response.status, payload), payload);
  } finally {
    pending(-1);
  }
}

/**
 * Downloads /api/v1{path} (an .xlsx) as the signed-in key and saves it under the server's file name
 * (Content-Disposition filename*, RFC 5987), else {@code fallback}; resolves to the name saved.
 */
export async function download(path, fallback) {
  pending(+1);
  try {
    let response;
    try {
      response = await fetch('/api/v1' + path, { headers: { 'X-CSRF-TOKEN': csrf,
        Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
      credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, t('err.network'));
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiError(response.status, plain(response.status, problem), problem);
    }
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '');
    const name = (encoded ? decodeURIComponent(encoded[1]) : fallback).replace(/[\\/:*?"<>|]/g, '_');
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return name;
  } finally {
    pending(-1);
  }
}

/** How many API calls are under way, in body[data-pending] (the browser tests wait for 0). */
function pending(change) {
  document.body.dataset.pending = String(Number(document.body.dataset.pending ?? 0) + change);
}

function plain(status, problem) {
  const known = [401, 403, 404, 409, 413, 422, 503];
  // 400 (a field the server refused) reads as 422: "this could not be done:" and the server's detail
  const base = t('err.' + (status === 400 ? 422 : known.includes(status) ? status : 500));
  // English stays behind 详情 (see ApiError); a refused field without Chinese reads 「理由」不能为空
  const object = problem && typeof problem === 'object' ? problem : null;
  const shown = split(object?.detail).chinese || (status === 400 ? fieldProblem(object, t) : '');
  return status === 422 || status === 400 || status === 409 ? `${base} ${shown}`.trim() : base;
}

/**
 * Shows a message in the page's feedback bar (it stays in sight while the page scrolls): kind 'ok',
 * 'error' or 'busy'; action {label, run} adds a button (such as 撤销) that runs once.
 */
export function say(message, kind = 'ok', action = null, detail = null) {
  const area = document.getElementById('feedback');
  if (!area) return;
  area.replaceChildren(el('span', { class: 'message' }, message));
  if (detail) area.append(' ', el('details', { class: 'detail' }, el('summary', {}, t('detail')), el('pre', {}, detail)));
  if (action) {
    area.append(' ', el('button', { type: 'button', class: 'link feedback-action', onclick: () => {
      area.classList.remove('show');
      action.run();
    } }, action.label));
  }
  area.className = 'feedback show ' + kind;
  clearTimeout(say.timer);
  if (kind === 'ok') say.timer = setTimeout(() => area.classList.remove('show'), action ? 12000 : 6000);
}

/** Village time as the officials read it: "2026-11-18 08:30" from an ISO date-time with or without offset. */
export function villageTime(text, zone = 'Asia/Shanghai') {
  if (!text) return '';
  if (!/[zZ]|[+-]\d\d:\d\d$/.test(text)) return text.replace('T', ' ').slice(0, 16);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(text))
    .map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Runs action while button shows it is busy; failures are shown in plain words. */
export async function busy(button, action) {
  button.disabled = true;
  button.classList.add('busy');
  try {
    return await action();
  } catch (e) {
    say(explain(e), 'error', null, e instanceof ApiError ? e.detail : null);
    if (e instanceof ApiError && e.status === 401) setTimeout(() => location.assign('/console/login'), 1500);
    return undefined;
  } finally {
    button.disabled = false;
    button.classList.remove('busy');
  }
}

/** The URL of a village path segment (ids may be Chinese). */
export function v(path = '') {
  return '/villages/' + encodeURIComponent(village) + path;
}

/** Makes an element: el('td', {class: 'x'}, 'text', child…). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, val] of Object.entries(attrs)) {
    if (val === undefined || val === null || val === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), val); else node.setAttribute(k, val === true ? '' : val);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
}

/** A table with a header row and rows of cells (strings or nodes); at phone width each row is a card. */
export function fillTable(table, head, rows) {
  const body = rows.map(r => r instanceof Node ? r : el('tr', {}, r.map(c => el('td', {}, c))));
  for (const tr of body) [...tr.children].forEach((td, i) => { if (head[i]) td.dataset.label = head[i]; });
  table.classList.add('cards');
  table.replaceChildren(el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))), el('tbody', {}, body));
}

// the navigation links and the language switch keep the village
for (const a of document.querySelectorAll('[data-village-links] a, a[data-keep-query]')) {
  const url = new URL(a.href, location.href);
  if (village && !url.searchParams.has('village')) url.searchParams.set('village', village);
  a.href = url.pathname + url.search;
}
if (village) {
  const name = document.getElementById('village-name');
  if (name) {
    name.textContent = village;
    api(v()).then(row => { name.textContent = row.name; }).catch(e => say(e.message, 'error'));
  }
}

/** A failure in plain words. */
export function explain(e) {
  return e instanceof ApiError ? e.message : t('err.500');
}
