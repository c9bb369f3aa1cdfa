// A tiny toast for save and load outcomes (Element Plus's ElMessage would add ~16 kB to the ledger's first load).
type Kind = 'success' | 'info' | 'warning' | 'error';

let box: HTMLElement | null = null;
const shown = new Map<string, { el: HTMLElement; timer: ReturnType<typeof setTimeout> }>();

export function toast(kind: Kind, message: string): void {
  if (!message) return;
  if (!box) {
    box = document.createElement('div');
    box.className = 'd-toasts';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    document.body.appendChild(box);
  }
  const key = `${kind}:${message}`;
  const ms = kind === 'error' ? 7000 : 2600;
  const same = shown.get(key);
  if (same) {
    // The same message again (e.g. two failed loads): extend it instead of stacking copies.
    clearTimeout(same.timer);
    same.timer = setTimeout(() => close(key), ms);
    return;
  }
  const el = document.createElement('div');
  el.className = `d-toast ${kind}`;
  el.textContent = message;
  el.dataset.testid = 'toast';
  el.addEventListener('click', () => close(key));
  box.appendChild(el);
  shown.set(key, { el, timer: setTimeout(() => close(key), ms) });
}

function close(key: string) {
  const s = shown.get(key);
  if (!s) return;
  clearTimeout(s.timer);
  s.el.remove();
  shown.delete(key);
}

/** Clears every toast: what was said about one page does not follow the user to the next. */
export function clearToasts(): void {
  for (const key of [...shown.keys()]) close(key);
}
