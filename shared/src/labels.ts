// Bilingual labels for enum values, and the reverse lookup used when users paste text from their Excel sheets.

export interface Label {
  zh: string;
  en: string;
}

export interface EnumDef<V extends string> {
  name: string;
  values: readonly V[];
  labels: Record<V, Label>;
  /** Extra accepted spellings (short zh forms people actually type), mapped to a value. */
  aliases?: Readonly<Record<string, V>>;
}

/** Normalise text for lookup: NFKC folds full-width letters/digits/punctuation, then case and whitespace are ignored. */
export function normalizeLookupKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b\ufeff]+/g, '');
}

// Lookup tables are built once per definition; a WeakMap keeps EnumDef a plain, serialisable object.
const lookupCache = new WeakMap<EnumDef<string>, Map<string, string>>();

function buildLookup<V extends string>(def: EnumDef<V>): Map<string, V> {
  const map = new Map<string, V>();
  const add = (key: string, value: V, source: string): void => {
    const k = normalizeLookupKey(key);
    if (!k) return;
    const prev = map.get(k);
    // A spelling that could mean two values would silently pick one when users paste; fail at load instead.
    if (prev !== undefined && prev !== value) {
      throw new Error(`${def.name}: "${key}" (${source}) maps to both ${prev} and ${value}`);
    }
    map.set(k, value);
  };
  for (const v of def.values) {
    add(v, v, 'code');
    add(def.labels[v].zh, v, 'zh');
    add(def.labels[v].en, v, 'en');
  }
  for (const [alias, v] of Object.entries(def.aliases ?? {}) as [string, V][]) {
    if (!def.values.includes(v)) throw new Error(`${def.name}: alias "${alias}" points to unknown value ${v}`);
    add(alias, v, 'alias');
  }
  return map;
}

function lookupOf<V extends string>(def: EnumDef<V>): Map<string, V> {
  let map = lookupCache.get(def as EnumDef<string>);
  if (!map) {
    map = buildLookup(def as EnumDef<string>);
    lookupCache.set(def as EnumDef<string>, map);
  }
  return map as Map<string, V>;
}

export function defineEnum<const V extends string>(
  name: string,
  labels: Record<V, Label>,
  aliases?: Readonly<Record<string, NoInfer<V>>>, // NoInfer: the labels alone define V
): EnumDef<V> {
  // Object key order is declaration order for non-numeric string keys, which is the order UIs should show.
  const values = Object.freeze(Object.keys(labels) as V[]);
  const def: EnumDef<V> = aliases ? { name, values, labels, aliases } : { name, values, labels };
  lookupOf(def); // build eagerly so conflicting spellings are caught when the module loads
  return def;
}

// The EnumDef<string> overloads let callers pass a union such as ENUM_DEFS[name].
export function enumLabel<V extends string>(def: EnumDef<V>, value: V | string, lang?: 'zh' | 'en'): string;
export function enumLabel(def: EnumDef<string>, value: string, lang?: 'zh' | 'en'): string;
export function enumLabel(def: EnumDef<string>, value: string, lang: 'zh' | 'en' = 'zh'): string {
  const label = Object.prototype.hasOwnProperty.call(def.labels, value)
    ? (def.labels as Record<string, Label>)[value]
    : undefined;
  // An unknown value (e.g. from a newer server) is shown as-is rather than hidden.
  return label ? label[lang] : String(value);
}

/** Code, zh label, en label or a listed alias → value; undefined when nothing matches. */
export function enumFromLabel<V extends string>(def: EnumDef<V>, text: string): V | undefined;
export function enumFromLabel(def: EnumDef<string>, text: string): string | undefined;
export function enumFromLabel(def: EnumDef<string>, text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const key = normalizeLookupKey(text);
  if (!key) return undefined;
  return lookupOf(def).get(key);
}
