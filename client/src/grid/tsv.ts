// Tab-separated text as Excel and WPS put it on the clipboard: cells containing a tab, a line break or a quote are
// wrapped in quotes with inner quotes doubled; rows end with \r\n (the last one too).

/** Parses clipboard text into rows of cells. A trailing line break does not make an empty last row. */
export function parseTsv(text: string): string[][] {
  if (!text) return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell: string;
    if (text[i] === '"') {
      // Quoted cell: find the closing quote that is followed by a delimiter or the end.
      let j = i + 1;
      let buf = '';
      let closed = false;
      while (j < n) {
        const ch = text[j]!;
        if (ch === '"') {
          if (text[j + 1] === '"') {
            buf += '"';
            j += 2;
            continue;
          }
          const next = text[j + 1];
          if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
            closed = true;
            j += 1;
            break;
          }
          buf += ch; // a stray quote inside: keep it
          j += 1;
          continue;
        }
        buf += ch;
        j += 1;
      }
      if (closed) {
        cell = buf;
        i = j;
      } else {
        // Not really quoted (a value that merely starts with a quote): take it literally up to the delimiter.
        const end = nextDelimiter(text, i);
        cell = text.slice(i, end);
        i = end;
      }
    } else {
      const end = nextDelimiter(text, i);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const d = text[i];
    if (d === '\t') {
      i += 1;
      continue;
    }
    // line break: \r\n, \n or a lone \r (old Mac WPS)
    i += d === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break; // trailing line break
  }
  return rows;
}

function nextDelimiter(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (c === '\t' || c === '\n' || c === '\r') return k;
  }
  return text.length;
}

const needsQuotes = /[\t\r\n"]/;

export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((r) => r.map((c) => (needsQuotes.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t'))
    .join('\r\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same cells as an HTML table for Excel/WPS: every cell formatted as text (mso-number-format "@"), so an
 * 18-digit ID number is not turned into 6.40121E+17 and a leading zero survives.
 */
export function formatHtmlTable(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c) => `<td style="mso-number-format:'\\@'">${esc(c).replace(/\r?\n/g, '<br style="mso-data-placement:same-cell">')}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<html><head><meta charset="utf-8"></head><body><table>${body}</table></body></html>`;
}
