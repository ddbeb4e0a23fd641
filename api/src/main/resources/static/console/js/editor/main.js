// The policy editor page: files, code editor and grid, checks, publish and history.
import { say, t } from '../core.js';
import { loadFiles } from './files.js';
import './checks.js';
import './tabs.js';
import { fillCaseForm } from './newcase.js';
import { loadVersions } from './publish.js';

say(t('loading'), 'busy');
try {
  await fillCaseForm(await loadFiles());
  await loadVersions();
  document.getElementById('feedback').classList.remove('show');
} catch (e) {
  say(e.message, 'error');
}
