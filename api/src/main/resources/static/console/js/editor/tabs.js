// The editor's tabs: 积分清单 (the grid), 规则 (the rule forms) and 高级 (any file in the code editor).
// Opening a file from the file list selects the tab it belongs to.
import { say, t } from '../core.js';
import { current, isGrid, open, saveCurrent } from './files.js';
import { showRules } from './forms.js';

const tabs = [...document.querySelectorAll('.tabs .tab')];
const mark = name => tabs.forEach(b => b.classList.toggle('on', b.dataset.tab === name));
let lastAdvanced = null;

document.addEventListener('file-opened', e => {
  const name = e.detail;
  if (!isGrid(name)) lastAdvanced = name;
  mark(isGrid(name) ? 'list' : 'advanced');
  document.getElementById('save').hidden = false;
});

async function select(tab) {
  const names = [...document.querySelectorAll('#file-list a')].map(a => a.dataset.file);
  if (tab === 'list') {
    await open(names.find(isGrid) ?? 'points-list.csv');
  } else if (tab === 'advanced') {
    const name = lastAdvanced && names.includes(lastAdvanced) ? lastAdvanced
      : names.find(n => n.endsWith('.drl')) ?? 'village.yaml';
    await open(name);
  } else {
    // the forms write the draft: the open file's edits are saved first, so neither loses the other's
    if (current.dirty) await saveCurrent(true);
    document.getElementById('code-pane').hidden = true;
    document.getElementById('grid-pane').hidden = true;
    document.getElementById('rules-pane').hidden = false;
    // nothing to save here: each form saves itself (and 保存 would write the file open before over it)
    document.getElementById('save').hidden = true;
    document.getElementById('file-name').textContent = t('tabRules');
    mark('rules');
    await showRules();
  }
}

for (const b of tabs) {
  b.addEventListener('click', () => select(b.dataset.tab).catch(e => say(e.message, 'error')));
}

/** Selects a tab as if clicked (the browser tests and other modules). */
export const selectTab = select;
