// Vue components as AG Grid components, without the ag-grid-vue3 wrapper (which adds ~10 kB gzipped and a watcher
// per grid option): each instance renders its component into a detached element and forwards the grid's calls to
// what the component exposes (getValue, isPopup, refresh).
import { h, render, type Component } from 'vue';

type Exposed = Record<string, ((...a: unknown[]) => unknown) | undefined>;

/** What every adapter does: mount the component with the grid's params, hand the grid its element, unmount. */
function mounted(comp: Component) {
  return class {
    protected el!: HTMLElement;
    protected exposed: Exposed = {};
    init(params: unknown) {
      this.el = document.createElement('div');
      const vnode = h(comp, { params });
      render(vnode, this.el);
      this.exposed = (vnode.component?.exposed ?? {}) as Exposed;
    }
    getGui() {
      return (this.el.firstElementChild as HTMLElement) ?? this.el;
    }
    destroy() {
      render(null, this.el);
    }
  };
}

/** A cell editor: the component exposes getValue() and optionally isPopup() and afterGuiAttached(). */
export function vueEditor(comp: Component) {
  return class extends mounted(comp) {
    getValue() {
      return this.exposed.getValue?.();
    }
    isPopup() {
      return !!this.exposed.isPopup?.();
    }
    afterGuiAttached() {
      this.exposed.afterGuiAttached?.();
    }
  };
}
