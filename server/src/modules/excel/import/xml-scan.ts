// A small streaming XML tokeniser for the parts of an xlsx the import reads (the worksheet and the shared strings).
// It reports what saxes (exceljs' parser) reports to exceljs — open tags with their attributes, close tags (a
// self-closing tag is both), text with the five XML entities and character references decoded and line ends
// normalised — and skips what exceljs ignores: the declaration, processing instructions, comments and CDATA. Anything
// it does not handle as saxes would (a DTD, an unknown entity, a disallowed character, mismatched tags, a malformed
// attribute) throws `Unsupported`, and the reader then reads the file with exceljs instead.

/** This file needs exceljs: the caller falls back to it. Never shown to a user. */
export class Unsupported extends Error {}

export type Attrs = Record<string, string>;
const NO_ATTRS: Attrs = Object.freeze({}) as Attrs;

export interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text(text: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
// Characters XML 1.0 does not allow (saxes refuses them).
const BAD_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const ENTITY = /&([^;&<]*);?/g;

/** Decodes entities and character references; an unknown or unterminated one is Unsupported. */
export function decodeXml(s: string): string {
  let out = s;
  if (s.includes('&')) {
    out = s.replace(ENTITY, (m, body: string) => {
      if (!m.endsWith(';')) throw new Unsupported('unterminated entity');
      const named = NAMED[body];
      if (named !== undefined) return named;
      const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
      if (!num) throw new Unsupported(`entity &${body.slice(0, 20)};`);
      const cp = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
      if (!(cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff))) throw new Unsupported('disallowed character reference');
      return String.fromCodePoint(cp);
    });
  }
  return out;
}

/** Text as saxes reports it; most runs (digits, CJK, plain words) need nothing done. */
function cleanText(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 ? c !== 0x0a && c !== 0x09 : c === 0x26 || c === 0x5d || c >= 0xfffe) return slowText(raw);
  }
  return raw;
}

/** Normalises line ends as an XML parser must (\r\n and \r → \n) and refuses disallowed characters. */
function slowText(raw: string): string {
  if (BAD_CHAR.test(raw)) throw new Unsupported('disallowed character');
  if (raw.includes(']]>')) throw new Unsupported(']]> in text');
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return decodeXml(s);
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.\u00b7\u00c0-\uffff]*$/;

/** An XML name (ASCII checked by hand, the rest by the regex). */
function isName(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
    if (letter || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e))) continue;
    return NAME.test(s);
  }
  return true;
}

/** An attribute value as saxes gives it: references decoded, whitespace characters made spaces. */
function attrValue(v: string): string {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x26 || c === 0x3c || c >= 0xfffe) {
      if (v.includes('<') || BAD_CHAR.test(v)) throw new Unsupported('disallowed character in an attribute');
      return decodeXml(v.replace(/\r\n|[\r\n\t]/g, ' '));
    }
  }
  return v;
}

/** The attributes of a tag (the text after its name); a malformed or repeated one is Unsupported. */
export function parseAttrs(raw: string): Attrs {
  const out: Attrs = {};
  const n = raw.length;
  let i = 0;
  for (;;) {
    const before = i;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (i >= n) break;
    if (i === before) throw new Unsupported('no space before an attribute');
    const start = i;
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (c === 0x3d || isSpace(c)) break;
      i++;
    }
    const name = raw.slice(start, i);
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 0x3d) throw new Unsupported('attribute without a value');
    i++;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const q = raw.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) throw new Unsupported('unquoted attribute');
    const end = raw.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (end === -1) throw new Unsupported('unterminated attribute');
    if (!isName(name) || Object.hasOwn(out, name)) throw new Unsupported('bad attribute name');
    out[name] = attrValue(raw.slice(i + 1, end));
    i = end + 1;
  }
  return out;
}

/** Feeds decoded text in chunks; reports the events of every complete tag and text run. */
export class XmlScanner {
  private carry = '';
  private stack: string[] = [];
  private seenRoot = false;

  constructor(private readonly h: XmlHandler) {}

  feed(chunk: string): void {
    const s = this.carry ? this.carry + chunk : chunk;
    const n = s.length;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt === -1) break; // text to the end: wait for its '<'
      if (lt > i) this.textRun(s.slice(i, lt));
      i = lt;
      const c1 = s.charCodeAt(i + 1);
      if (Number.isNaN(c1)) break;
      if (c1 === 0x3f /* ? */) {
        const e = s.indexOf('?>', i + 2);
        if (e === -1) break;
        i = e + 2;
        continue;
      }
      if (c1 === 0x21 /* ! */) {
        if (n - i < 9) break;
        if (s.startsWith('<!--', i)) {
          const e = s.indexOf('-->', i + 4);
          if (e === -1) break;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', i)) {
          if (!this.stack.length) throw new Unsupported('CDATA outside the root');
          const e = s.indexOf(']]>', i + 9);
          if (e === -1) break;
          i = e + 3; // saxes reports CDATA as its own event, which exceljs ignores
          continue;
        }
        throw new Unsupported('DTD');
      }
      const end = tagEnd(s, i + 1);
      if (end === -1) break;
      this.tag(s, i + 1, end);
      i = end + 1;
    }
    this.carry = i < n ? s.slice(i) : '';
  }

  /** After the last chunk: everything must have been closed. */
  end(): void {
    if (this.carry.trim() !== '' || this.stack.length || !this.seenRoot) throw new Unsupported('unfinished XML');
  }

  private textRun(raw: string): void {
    if (!this.stack.length) {
      if (raw.trim() !== '') throw new Unsupported('text outside the root');
      return;
    }
    this.h.text(cleanText(raw));
  }

  /** The tag whose text (without < and >) is s[from, to). */
  private tag(s: string, from: number, to: number): void {
    if (s.charCodeAt(from) === 0x2f /* / */) {
      const name = s.slice(from + 1, to).trimEnd();
      if (this.stack.pop() !== name) throw new Unsupported('mismatched tag');
      this.h.close(name);
      return;
    }
    const self = s.charCodeAt(to - 1) === 0x2f;
    const end = self ? to - 1 : to;
    let sp = from;
    while (sp < end && !isSpace(s.charCodeAt(sp))) sp++;
    const name = s.slice(from, sp);
    if (!isName(name)) throw new Unsupported('bad tag name');
    if (!this.stack.length) {
      if (this.seenRoot) throw new Unsupported('second root');
      this.seenRoot = true;
    }
    const attrs = sp < end ? parseAttrs(s.slice(sp, end)) : NO_ATTRS;
    this.h.open(name, attrs);
    if (self) this.h.close(name);
    else this.stack.push(name);
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Index of the '>' ending the tag whose body starts at `from` (quotes skipped), or -1 when the chunk cuts it. */
function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf('>', i);
    if (gt === -1) return -1;
    let q = -1;
    for (let k = i; k < gt; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x22 || c === 0x27) {
        q = k;
        break;
      }
    }
    if (q === -1) return gt;
    const close = s.indexOf(s[q]!, q + 1);
    if (close === -1) return -1;
    i = close + 1;
  }
}
