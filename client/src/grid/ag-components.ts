// Vue components as AG Grid components, without the ag-grid-vue3 wrapper (which adds ~10 kB gzipped and a watcher
// per grid option): each instance renders its component into a detached element and forwards the grid's calls to
// what the component exposes (getValue, isPopup, refresh).
import { h, render, type Component } from 'vue';

type Exposed = Record<string, ((...a: unknown[]) => unknown) | undefined>;

function mount(comp: Component, params: unknown): { el: HTMLElement; exposed: Exposed } {
  const el = document.createElement('div');
  const vnode = h(comp, { params });
  render(vnode, el);
  return { el, exposed: (vnode.component?.exposed ?? {}) as Exposed };
}

/** A cell editor: the component exposes getValue() and optionally isPopup(). */
export function vueEditor(comp: Component) {
  return class {
    private el!: HTMLElement;
    private exposed: Exposed = {};
    init(params: unknown) {
      ({ el: this.el, exposed: this.exposed } = mount(comp, params));
    }
    getGui() {
      return (this.el.firstElementChild as HTMLElement) ?? this.el;
    }
    getValue() {
      return this.exposed.getValue?.();
    }
    isPopup() {
      return !!this.exposed.isPopup?.();
    }
    afterGuiAttached() {
      this.exposed.afterGuiAttached?.();
    }
    destroy() {
      render(null, this.el);
    }
  };
}

/** A filter display: the component calls params.onModelChange and exposes refresh(params) for outside changes. */
export function vueFilter(comp: Component) {
  return class {
    private el!: HTMLElement;
    private exposed: Exposed = {};
    init(params: unknown) {
      ({ el: this.el, exposed: this.exposed } = mount(comp, params));
    }
    getGui() {
      return (this.el.firstElementChild as HTMLElement) ?? this.el;
    }
    refresh(params: unknown) {
      return this.exposed.refresh ? !!this.exposed.refresh(params) : false;
    }
    destroy() {
      render(null, this.el);
    }
  };
}
