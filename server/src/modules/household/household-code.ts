// Household codes (户编号) of new households, for the ledger's createHouseholds and the Excel import alike: 'YN' and
// at least 7 digits, county-wide, after the highest code ever handed out (deleted households keep theirs).
const PREFIX = 'YN';
const DIGITS = 7;

/** A statement with `?` placeholders, on whatever connection (and transaction) the caller writes with. */
export type CodeQuery = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const formatHouseholdCode = (n: number): string => `${PREFIX}${String(n).padStart(DIGITS, '0')}`;

// The highest 7-digit YN code in use (one probe of household_code_unique): codes a sheet assigned or a bulk seed wrote
// outside the counter are never handed out again.
const HIGHEST = `COALESCE((SELECT CAST(SUBSTR(MAX(code), 3) AS BIGINT) FROM household WHERE code >= ? AND code <= ? AND LENGTH(code) = ?), 0)`;
const HIGHEST_PARAMS = [formatHouseholdCode(0), `${PREFIX}${'9'.repeat(DIGITS)}`, PREFIX.length + DIGITS];

/**
 * Reserves `n` codes (plus room to skip `taken`, codes a sheet itself assigns) in the caller's transaction: the counter
 * row's UPDATE holds its lock until commit, so concurrent creates never receive the same number; past 9,999,999 the
 * codes simply get longer. Gaps (a rolled-back reservation) are harmless.
 */
export async function householdCodeAllocator(query: CodeQuery, n = 1, taken: ReadonlySet<string> = new Set()): Promise<() => string> {
  // RETURNING makes both statements readers (SQLite's prepared-statement API wants that for all()).
  await query(`INSERT INTO code_counter (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING RETURNING name`, ['household']);
  const reserve = async (count: number): Promise<number> => {
    const [row] = await query(
      `UPDATE code_counter SET value = (CASE WHEN value >= ${HIGHEST} THEN value ELSE ${HIGHEST} END) + ? WHERE name = ? RETURNING value`,
      [...HIGHEST_PARAMS, ...HIGHEST_PARAMS, count, 'household'],
    );
    const last = Number(row?.value);
    if (!Number.isSafeInteger(last)) throw new Error('code_counter: no household row');
    return last;
  };
  const codes: string[] = [];
  // Codes the sheet assigns itself are skipped; the counter's lock is ours until commit, so a top-up reservation follows on.
  for (let want = n; want > 0;) {
    const last = await reserve(want);
    for (let i = last - want + 1; i <= last; i++) {
      const code = formatHouseholdCode(i);
      if (!taken.has(code)) codes.push(code);
    }
    want = n - codes.length;
  }
  let k = 0;
  return () => {
    if (k >= codes.length) throw new Error('code_counter: reservation exhausted');
    return codes[k++]!;
  };
}
