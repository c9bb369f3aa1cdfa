// New rows not created yet (added with the button, or pasted past the last row). They sit pinned at the bottom of the
// grid until every required cell is valid, then the sheet creates them; until then nothing typed is lost.
import { shallowRef } from 'vue';
import type { SheetRow } from './types';

export interface Draft {
  key: string;
  /** valid values by column id */
  values: Record<string, unknown>;
  /** a create request for it is in flight */
  pending: boolean;
}

export const isDraftKey = (key: string): boolean => key.startsWith('draft:');

export class Drafts {
  list: Draft[] = [];
  private seq = 0;
  readonly rev = shallowRef(0);

  add(): Draft {
    const d: Draft = { key: `draft:${++this.seq}`, values: {}, pending: false };
    this.list.push(d);
    this.rev.value++;
    return d;
  }

  /** The draft at index i, adding empty ones up to it. */
  at(i: number): Draft {
    while (this.list.length <= i) this.add();
    return this.list[i]!;
  }

  get(key: string): Draft | undefined {
    return this.list.find((d) => d.key === key);
  }

  set(key: string, field: string, value: unknown): void {
    const d = this.get(key);
    if (!d) return;
    if (value === null || value === undefined) delete d.values[field];
    else d.values[field] = value;
    this.rev.value++;
  }

  remove(key: string): void {
    const i = this.list.findIndex((d) => d.key === key);
    if (i >= 0) {
      this.list.splice(i, 1);
      this.rev.value++;
    }
  }

  /** Row objects for AG Grid's pinned bottom rows. */
  rows(defaults: Record<string, unknown>): SheetRow[] {
    return this.list.map((d) => ({ ...defaults, ...d.values, id: d.key, version: 0 }));
  }
}
