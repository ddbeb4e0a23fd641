// Named periods for the report pickers (月 / 季度 / 半年 / 年), valued as the API names them
// (2026-03, 2026-Q1, 2026-H1, 2026) and labelled in the page's language (2026年第1季度, 2026年上半年).
const zh = () => !(document.documentElement.lang || 'zh').startsWith('en');
const pad = n => String(n).padStart(2, '0');

function named(kind, index) { // index: periods since year 0 of that kind
  if (kind === 'month') {
    const y = Math.floor(index / 12), m = index % 12 + 1;
    return { value: `${y}-${pad(m)}`, label: zh() ? `${y}年${m}月` : `${y}-${pad(m)}` };
  }
  if (kind === 'quarter') {
    const y = Math.floor(index / 4), q = index % 4 + 1;
    return { value: `${y}-Q${q}`, label: zh() ? `${y}年第${q}季度` : `${y} Q${q}` };
  }
  if (kind === 'half') {
    const y = Math.floor(index / 2), h = index % 2 + 1;
    return { value: `${y}-H${h}`, label: zh() ? `${y}年${h === 1 ? '上' : '下'}半年` : `${y} H${h}` };
  }
  return { value: String(index), label: zh() ? `${index}年` : String(index) };
}

function current(kind, day) {
  const y = day.getFullYear(), m = day.getMonth();
  return { month: y * 12 + m, quarter: y * 4 + Math.floor(m / 3), half: y * 2 + (m < 6 ? 0 : 1) }[kind] ?? y;
}

/** The `count` periods of `kind` (month, quarter, half, year) up to the one containing `day`, newest first. */
export function periods(kind, count, day = new Date()) {
  const now = current(kind, day);
  return Array.from({ length: count }, (_, i) => named(kind, now - i));
}

/** The `count` periods of the kind of `value` ending with it, oldest first (for a chart). */
export function upTo(kind, value, count) {
  const all = periods(kind, 40);
  const at = Math.max(0, all.findIndex(p => p.value === value));
  return all.slice(at, at + count).reverse();
}

/** Fills `select` with the last periods of `kind`, the current one chosen. */
export function fill(select, kind) {
  select.replaceChildren(...periods(kind, kind === 'year' ? 10 : 24).map(p => {
    const option = document.createElement('option');
    option.value = p.value;
    option.textContent = p.label;
    return option;
  }));
}
