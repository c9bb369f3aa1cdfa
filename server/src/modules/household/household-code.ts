// Household codes (户编号) of new households, for the ledger's createHouseholds and the Excel import alike: 'YN' and
// 7 digits, county-wide, after the highest code of that form ever used (deleted households keep theirs).
const PREFIX = 'YN';
const DIGITS = 7;
const PATTERN = /^YN\d{7}$/;

/** A read of rows with `?` placeholders, on whatever connection the caller writes with. */
export type CodeQuery = (text: string, params: unknown[]) => Promise<{ code: string | null }[]>;

export const formatHouseholdCode = (n: number): string => `${PREFIX}${String(n).padStart(DIGITS, '0')}`;

/**
 * Hands out the next free codes: one read of the highest code in use, then counting up in memory, skipping `taken`
 * (codes a sheet itself assigns). The unique index on household.code guards against a concurrent writer.
 */
export async function householdCodeAllocator(query: CodeQuery, taken: ReadonlySet<string> = new Set()): Promise<() => string> {
  const [row] = await query('SELECT MAX(code) AS code FROM household WHERE code >= ? AND code <= ? AND LENGTH(code) = ?',
    [formatHouseholdCode(0), `${PREFIX}${'9'.repeat(DIGITS)}`, PREFIX.length + DIGITS]);
  let n = row?.code && PATTERN.test(row.code) ? Number(row.code.slice(PREFIX.length)) : 0;
  return () => {
    let code = formatHouseholdCode(++n);
    while (taken.has(code)) code = formatHouseholdCode(++n);
    return code;
  };
}
