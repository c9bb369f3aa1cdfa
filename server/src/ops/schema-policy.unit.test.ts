import { describe, expect, it } from 'vitest';
import { checkSchemaPolicy, listedBreakingChanges, releaseChangelog } from './schema-policy.js';

const RELEASED = `
type Query { households(first: Int): [Household!]! }
type Household { id: ID! code: String! oldName: String @deprecated(reason: "use headName") headName: String }
enum Category { UNLIFTED MONITORED EDGE }
`;
const changelog = (...lines: string[]) => `# Schema changelog\n\n## Unreleased\n\n${lines.join('\n')}\n\n## 2026-12-01\n\n- breaking: \`Household.code was removed.\` — an old entry\n`;

describe('schema policy', () => {
  it('accepts the released schema itself, and additions', () => {
    expect(checkSchemaPolicy(RELEASED, RELEASED, changelog()).unlisted).toEqual([]);
    const added = RELEASED.replace('headName: String }', 'headName: String phone: String }').replace('EDGE }', 'EDGE SUDDEN }');
    const r = checkSchemaPolicy(RELEASED, added, changelog());
    expect(r.breaking).toEqual([]);
    expect(r.unlisted).toEqual([]);
    expect(r.dangerous).toEqual(['SUDDEN was added to enum type Category.']);
  });

  it('accepts deprecating a field', () => {
    const deprecated = RELEASED.replace('headName: String }', 'headName: String @deprecated(reason: "use members") }');
    expect(checkSchemaPolicy(RELEASED, deprecated, changelog()).unlisted).toEqual([]);
  });

  it('fails a removed field unless the Unreleased section lists it; lines of older releases do not count', () => {
    const removed = RELEASED.replace('oldName: String @deprecated(reason: "use headName") ', '').replace(' code: String!', '');
    const unlisted = checkSchemaPolicy(RELEASED, removed, changelog());
    expect(unlisted.unlisted.sort()).toEqual(['Household.code was removed.', 'Household.oldName was removed.']);
    // code was not deprecated first; oldName was
    expect(unlisted.notDeprecatedFirst).toEqual(['Household.code was removed.']);
    const listed = checkSchemaPolicy(RELEASED, removed, changelog(
      '- breaking: `Household.oldName was removed.` — deprecated since 2026-12-01, use headName',
      '* breaking: `Household.code was removed.` — replaced by id',
    ));
    expect(listed.unlisted).toEqual([]);
    expect(listed.breaking.every((c) => c.listed)).toBe(true);
  });

  it('fails other breaking changes too: a type changed, a required argument, an enum value removed', () => {
    const changed = RELEASED.replace('households(first: Int)', 'households(first: Int!, region: String!)').replace('code: String!', 'code: Int!')
      .replace('EDGE }', '}');
    expect(checkSchemaPolicy(RELEASED, changed, changelog()).unlisted.sort()).toEqual([
      'A required arg region on Query.households was added.',
      'EDGE was removed from enum type Category.',
      'Household.code changed type from String! to Int!.',
      'Query.households arg first has changed type from Int to Int!.',
    ]);
  });

  it('reads only well-formed lines of the Unreleased section, and names stale ones', () => {
    const text = changelog('- breaking: `Household.oldName was removed.` — ok', '- breaking Household.code was removed.', '- `Household.x was removed.`');
    expect(listedBreakingChanges(text)).toEqual(['Household.oldName was removed.']);
    expect(checkSchemaPolicy(RELEASED, RELEASED, text).stale).toEqual(['Household.oldName was removed.']);
  });

  it('opens a new Unreleased section at a release', () => {
    const next = releaseChangelog(changelog('- breaking: `Household.oldName was removed.` — why'), '2026-12-24');
    expect(listedBreakingChanges(next)).toEqual([]);
    expect(next).toContain('## 2026-12-24\n\n- breaking: `Household.oldName was removed.`');
  });
});
