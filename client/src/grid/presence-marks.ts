// Row markers for presence (issue 18): a coloured left edge on a row someone else is editing, with their name shown
// when the pointer is over the row. Painted by one <style> element (carrying the page's CSP nonce, as AG Grid's own)
// keyed by `row-id`, so markers survive AG Grid re-rendering rows while scrolling and never touch a cell being edited.
// Knows nothing of presence itself: give it row id → (name, colour).
import { styleNonce } from './ag-setup';

export interface RowMark {
  rowId: string;
  label: string;
  color: string;
}

const PALETTE = ['#1a73e8', '#188038', '#e37400', '#9334e6', '#d01884', '#00897b', '#5f6368', '#c5221f'];

/** A stable colour per name. */
export function markColor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** Every character as a CSS escape: no text of a name can end the string or the rule. */
const cssString = (s: string): string => `"${[...s].map((c) => `\\${c.codePointAt(0)!.toString(16)} `).join('')}"`;

let seq = 0;

/** Marks rows inside `scope` (the element holding the grid). `set` replaces the marks; `dispose` removes them. */
export function rowMarks(scope: HTMLElement): { set(marks: RowMark[]): void; dispose(): void } {
  const id = `p${++seq}`;
  scope.dataset.presenceScope = id;
  const style = document.createElement('style');
  if (styleNonce) style.nonce = styleNonce;
  style.dataset.presenceMarks = id;
  document.head.appendChild(style);
  return {
    set(marks) {
      const rules: string[] = [];
      for (const m of marks) {
        if (!/^\d{1,16}$/.test(m.rowId) || !/^#[0-9a-f]{6}$/i.test(m.color)) continue;
        const row = `[data-presence-scope="${id}"] .ag-row[row-id="${m.rowId}"]`;
        // A bar over the row's left edge (cells paint over a row's own background or shadow).
        rules.push(`${row}::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 4px; background: ${m.color}; z-index: 4; pointer-events: none; }`);
        rules.push(`${row}:hover::after { content: ${cssString(m.label)}; position: absolute; right: 8px; top: 2px; z-index: 5; padding: 0 6px; border-radius: 3px; font-size: 12px; line-height: 20px; color: #fff; background: ${m.color}; pointer-events: none; }`);
      }
      style.textContent = rules.join('\n');
    },
    dispose() {
      style.remove();
      delete scope.dataset.presenceScope;
    },
  };
}
