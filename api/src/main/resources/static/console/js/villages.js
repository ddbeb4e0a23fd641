// The village picker: the villages the signed-in key acts for, each with links to its pages.
import { api, say, t } from './core.js';

const list = document.getElementById('villages');
const mine = list.dataset.mine === '*' ? null : new Set(list.dataset.mine.split(',').filter(Boolean));
say(t('loading'), 'busy');
try {
  const villages = (await api('/villages')).filter(row => mine === null || mine.has(row.id));
  const tile = document.getElementById('village-tile');
  for (const row of villages) {
    const item = tile.content.firstElementChild.cloneNode(true);
    item.dataset.village = row.id;
    item.querySelector('h2').textContent = row.name;
    item.querySelector('p').textContent = `${row.id} · ${row.region ?? ''}`
      + (row.policyVersion ? ` · ${t('version')} ${row.policyVersion}` : '');
    for (const a of item.querySelectorAll('a')) {
      a.href = `/console/${a.dataset.page}?village=${encodeURIComponent(row.id)}`;
    }
    list.append(item);
  }
  document.getElementById('no-villages').hidden = villages.length > 0;
  document.getElementById('feedback').classList.remove('show');
} catch (e) {
  say(e.message, 'error');
}
