// The draft's words for the points-list grid: evidence types with their Chinese names (village.yaml
// types:), categories (caps: and those in use), roles with their Chinese names, whether the village
// extends a template. village.yaml is read line by line: the blocks are plain "key: value" lines.
import { api, t, v } from '../core.js';

export const KEYS = ['item', 'type', 'points', 'category', 'max_times', 'max_points', 'roles', 'requires_approval',
  'min_minutes', 'max_deduct'];
/** The points list's Chinese header, as the engine reads it. */
export const CHINESE = ['项目', '类型', '分值', '类别', '次数上限', '分数上限', '适用角色', '需审核', '最少分钟', '扣分上限'];
export const PERIODS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];
/** Roles a village commonly gives; any other role in use is offered too. */
const COMMON_ROLES = ['RESIDENT', 'VILLAGER', 'PARTY_MEMBER', 'VOLUNTEER', 'BUILDING_LEADER', 'GRID_WORKER',
  'MICRO_GRID_WORKER', 'LECTURER'];
export const TYPE_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const vocab = { types: new Map(), categories: [], roles: [], overlay: false, yaml: '' };

const unquote = s => s.replace(/\s+#.*$/, '').trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');

/** The "key: value" lines of a top-level block (types:, caps:, settings:). */
export function block(yaml, key) {
  const lines = yaml.split('\n');
  const start = lines.findIndex(l => new RegExp(`^${key}:\\s*(#.*)?$`).test(l.replace(/\r$/, '')));
  const entries = [];
  if (start < 0) return { entries, start, end: -1 };
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end].replace(/\r$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) break;
    const m = /^\s+("[^"]*"|'[^']*'|[^:#]+?)\s*:\s*(.*)$/.exec(line);
    if (m) entries.push([unquote(m[1]), unquote(m[2]), end]);
  }
  return { entries, start, end };
}

export async function loadVocab() {
  let yaml = '';
  try {
    yaml = await api(v('/policy/draft/files/village.yaml'), { accept: 'text/plain, application/problem+json' });
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  vocab.yaml = yaml ?? '';
  vocab.types = new Map(block(vocab.yaml, 'types').entries.map(([k, val]) => [k, val]));
  vocab.categories = block(vocab.yaml, 'caps').entries.map(([k]) => k);
  const declared = (block(vocab.yaml, 'settings').entries.find(([k]) => k === 'roles')?.[1] ?? '')
    .split(/[,;，；、]/).map(r => r.trim()).filter(Boolean);
  vocab.roles = [...new Set([...COMMON_ROLES, ...declared])];
  vocab.overlay = /^extends:\s*\S/m.test(vocab.yaml);
  return vocab;
}

/** village.yaml with one more entry in types: (the block is made when missing). */
export function withType(yaml, code, name) {
  const lines = yaml.replace(/\n*$/, '').split('\n');
  const { start, end, entries } = block(yaml, 'types');
  const entry = `  ${code}: ${/^[\p{L}\p{N}][\p{L}\p{N} ·（）()、-]*$/u.test(name) ? name : JSON.stringify(name)}`;
  if (start < 0) return [...lines, 'types:', entry].join('\n') + '\n';
  const after = entries.length ? entries[entries.length - 1][2] + 1 : start + 1;
  lines.splice(Math.min(after, end), 0, entry);
  return lines.join('\n') + '\n';
}

/** A type as officials read it: its Chinese name, else the code. */
export const typeName = code => vocab.types.get(code) ?? code;
export const roleName = code => {
  const name = t('role.' + code);
  return name === 'role.' + code ? code : name;
};
export const periodName = p => t('period.' + p);
