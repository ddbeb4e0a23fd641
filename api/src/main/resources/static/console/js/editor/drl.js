// The code editor (CodeMirror 5): DRL highlighting, and problems marked at their line and column.
/* global CodeMirror */
import { t } from '../core.js';

const keywords = 'package import global function rule query declare end when then salience no-loop lock-on-active '
  + 'agenda-group activation-group ruleflow-group date-effective date-expires enabled dialect duration timer '
  + 'and or not exists forall from collect accumulate eval over in matches memberOf contains soundslike '
  + 'modify insert insertLogical retract delete update new return if else for while true false null';
const set = words => Object.fromEntries(words.split(' ').map(w => [w, true]));
CodeMirror.defineMIME('text/x-drl', {
  name: 'clike', keywords: set(keywords), types: set('String int long boolean double Integer Long Evidence Member Village Tally Streak'),
  atoms: set('true false null'), hooks: { '@': stream => { stream.eatWhile(/[\w$]/); return 'meta'; } },
});

const editor = CodeMirror.fromTextArea(document.getElementById('code'), {
  lineNumbers: true, gutters: ['problem-gutter', 'CodeMirror-linenumbers'], indentUnit: 4, lineWrapping: false,
});
const marks = [];

export function modeFor(name) {
  return name.endsWith('.drl') ? 'text/x-drl' : name.endsWith('.yaml') || name.endsWith('.yml') ? 'yaml' : null;
}

/** Shows text; clears old problem marks. */
export function show(name, text) {
  clearProblems();
  editor.setOption('mode', modeFor(name));
  editor.setValue(text);
  editor.clearHistory();
  editor.markClean();
  setTimeout(() => editor.refresh(), 0);
}

export const code = {
  text: () => editor.getValue(),
  clean: () => editor.isClean(),
  markClean: () => editor.markClean(),
  onChange: listener => editor.on('change', listener),
  goTo: (line, column) => { editor.focus(); editor.setCursor({ line: line - 1, ch: Math.max(0, column - 1) }); },
};

export function clearProblems() {
  editor.clearGutter('problem-gutter');
  for (const m of marks.splice(0)) m.clear();
}

/** Marks each problem (1-based line and column) in the gutter, underlines its column, and puts its message below the line. */
export function markProblems(problems) {
  clearProblems();
  for (const p of problems) {
    const line = Math.min(Math.max(p.line, 1), editor.lineCount()) - 1;
    const marker = document.createElement('span');
    marker.className = 'problem-marker ' + p.severity.toLowerCase();
    marker.dataset.line = String(line + 1);
    marker.title = p.text ?? p.message;
    marker.textContent = p.severity === 'ERROR' ? '✖' : '⚠';
    editor.setGutterMarker(line, 'problem-gutter', marker);
    editor.addLineClass(line, 'background', 'problem-line');
    const note = document.createElement('div');
    note.className = 'problem-note ' + p.severity.toLowerCase();
    note.dataset.problemLine = String(line + 1);
    note.textContent = `${t('line', p.line)}${p.column ? '，' + t('col', p.column) : ''}：${p.text ?? p.message}`;
    if (p.detail) {
      const more = document.createElement('details');
      more.className = 'detail';
      more.append(Object.assign(document.createElement('summary'), { textContent: t('detail') }),
        Object.assign(document.createElement('pre'), { textContent: p.detail }));
      note.append(more);
    }
    const widget = editor.addLineWidget(line, note, { coverGutter: false });
    marks.push({ clear: () => { widget.clear(); editor.removeLineClass(line, 'background', 'problem-line'); } });
    if (p.column > 0) {
      const from = { line, ch: p.column - 1 };
      marks.push(editor.markText(from, { line, ch: p.column }, { className: 'problem-at' }));
    }
  }
}
