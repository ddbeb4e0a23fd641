// Publish the draft with a comment; version history with a side-by-side diff and restore.
import { api, ApiError, busy, el, fillTable, say, t, v, villageTime } from '../core.js';
import { showProblems } from './checks.js';
import { current, draftFile, keepUnsaved, loadFiles, savedText, saveCurrent } from './files.js';
import { sideBySide } from './diff.js';

const versionsTable = document.getElementById('versions');
const diffForm = document.getElementById('diff-form');
// When the village also lives in rules/<village>/ on the server: which version came from that folder
// and whether a version published here superseded it (the service's note, in plain Chinese).
const folderNote = el('p', { id: 'folder-note', class: 'muted' });
folderNote.hidden = true;
versionsTable.before(folderNote);

export async function loadVersions() {
  const list = await api(v('/policy/versions'));
  const rows = list.versions.map(ver => el('tr', { 'data-version': ver.version, class: ver.status.toLowerCase() },
    el('td', {}, String(ver.version)), el('td', {}, t(ver.status)), el('td', {}, ver.author ?? ''),
    el('td', {}, ver.comment ?? ''), el('td', {}, villageTime(ver.createdAt)),
    el('td', {}, ver.status === 'ACTIVE' ? '' : el('button', { type: 'button', class: 'restore',
      onclick: e => restore(e.target, ver.version) }, '↺ ' + t('restore')))));
  fillTable(versionsTable, [t('version'), t('status'), t('author'), t('comment'), t('time'), ''], rows);
  for (const select of [diffForm.from, diffForm.to]) {
    select.replaceChildren(...list.versions.map(ver => el('option', { value: ver.version }, String(ver.version))));
  }
  if (list.versions.length > 1) diffForm.from.value = list.versions[1].version;
  const active = list.activeVersion == null ? null : await api(v('/policy')).catch(() => null);
  folderNote.textContent = active?.folder?.note ?? '';
  folderNote.hidden = !active?.folder?.note;
  return list;
}

function restore(button, version) {
  if (!confirm(t('confirmRestore', version))) return;
  busy(button, async () => {
    const author = document.querySelector('#publish-form [name=author]').value || 'console';
    const view = await api(v(`/policy/versions/${version}/restore`), { method: 'POST',
      json: { author } });
    say(view.unchanged ? t('unchanged') : t('restored', view.restoredFrom ?? version) + ` (${t('version')} ${view.version})`);
    await loadVersions();
    await loadFiles();
  });
}

/** Why a publish was refused, in plain words: how many problems and where the first is, how many cases fail. */
function refusal(problem) {
  const errors = (problem?.problems ?? []).filter(p => p.severity === 'ERROR');
  const failed = problem?.failedCases ?? [];
  const parts = [];
  if (errors.length) parts.push(t('publishProblems', errors.length));
  if (failed.length) parts.push(t('publishCases', failed.length));
  return t('publishRefused') + (parts.length ? parts.join('，') : t('publishCasesFailed')) + '。';
}

document.getElementById('publish-form').addEventListener('submit', e => {
  e.preventDefault();
  const form = e.target;
  busy(document.getElementById('publish'), async () => {
    // the draft as it was before this attempt: put back if the publish is refused
    const name = current.name;
    const before = current.dirty ? await savedText(name) : undefined;
    await saveCurrent(true);
    try {
      const view = await api(v('/policy/draft/publish'), { method: 'POST',
        json: { author: form.author.value, comment: form.comment.value } });
      say(view.unchanged ? t('unchanged') : t('published', view.version));
      form.comment.value = '';
    } catch (err) {
      if (before !== undefined) {
        if (before === null) await api(draftFile(name), { method: 'DELETE' });
        else await api(draftFile(name), { method: 'PUT', text: before });
        keepUnsaved();
      }
      const kept = before !== undefined ? t('draftKept') : '';
      if (err.status === 422 && err.problem?.problems) {
        await showProblems(err.problem.problems);
        throw new ApiError(422, refusal(err.problem) + kept, err.problem);
      }
      if (kept) throw new ApiError(err.status, err.message + kept, err.problem);
      throw err;
    }
    await loadVersions();
    await loadFiles();
  });
});

diffForm.addEventListener('submit', e => {
  e.preventDefault();
  busy(e.submitter, async () => {
    const [a, b] = await Promise.all([diffForm.from.value, diffForm.to.value]
      .map(n => api(v('/policy/versions/' + n))));
    document.getElementById('diff').replaceChildren(sideBySide(a.contents ?? {}, b.contents ?? {}));
  });
});
