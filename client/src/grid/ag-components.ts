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

/**
 * A filter display whose component loads the first time a column's filter is opened (the filter UIs stay out of the
 * JavaScript loaded before the first rows). The grid only needs an element at once; the component renders into it
 * when it has loaded, with the latest params (a model set meanwhile, e.g. a restored layout, is shown).
 */
export function lazyVueFilter(load: () => Promise<{ default: Component }>) {
  return class {
    private el = document.createElement('div');
    private exposed: Exposed = {};
    private params: unknown;
    private alive = true;
    private focus = false;
    init(params: unknown) {
      this.params = params;
      void load().then(({ default: comp }) => {
        if (!this.alive) return;
        const vnode = h(comp, { params: this.params });
        render(vnode, this.el);
        this.exposed = (vnode.component?.exposed ?? {}) as Exposed;
        if (this.focus) this.exposed.afterGuiAttached?.();
      });
    }
    getGui() {
      return this.el;
    }
    refresh(params: unknown) {
      this.params = params;
      // Not loaded yet: the component will start from these params.
      return this.exposed.refresh ? !!this.exposed.refresh(params) : true;
    }
    afterGuiAttached() {
      this.focus = true;
      this.exposed.afterGuiAttached?.();
    }
    destroy() {
      this.alive = false;
      render(null, this.el);
    }
  };
}
