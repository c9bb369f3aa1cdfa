// The schema policy (docs/schema-changelog.md): the schema an integrator may rely on is the last released one
// (server/schema.released.graphql). A change of server/schema.graphql that breaks a client of it (graphql-js
// `findBreakingChanges`: a field, argument, type or enum value removed, a type changed, a required argument or input
// field added …) must be listed in the changelog's `## Unreleased` section, one line each, as the checker words it:
//
//   - breaking: `Household.oldField was removed.` — why, and what to use instead
//
// Fields and enum values are deprecated (`@deprecated(reason)`, type-graphql `deprecationReason`) for at least one
// release before they are removed; a removal of something that was not deprecated is pointed out.
import {
  BreakingChangeType, buildSchema, findBreakingChanges, findDangerousChanges, isEnumType, isInputObjectType, isInterfaceType,
  isObjectType, type GraphQLSchema,
} from 'graphql';

export interface PolicyReport {
  /** Every breaking change, with whether the changelog lists it. */
  breaking: { type: string; description: string; listed: boolean }[];
  /** Breaking changes the changelog does not list: `pnpm check` fails on these. */
  unlisted: string[];
  /** Removals of fields or enum values that the released schema had not deprecated (the policy asks to deprecate first). */
  notDeprecatedFirst: string[];
  /** Changes that may break some clients (an enum value or optional argument added …): shown, not failed. */
  dangerous: string[];
  /** Lines of `## Unreleased` that name no breaking change (a typo, or a change undone since). */
  stale: string[];
}

const LISTED = /^\s*[-*]\s+breaking:\s+`([^`]+)`/;

/** The breaking changes listed under `## Unreleased` (up to the next `## ` heading). */
export function listedBreakingChanges(changelog: string): string[] {
  const out: string[] = [];
  let inUnreleased = false;
  for (const line of changelog.split(/\r?\n/)) {
    if (/^##\s/.test(line)) inUnreleased = /^##\s+Unreleased\b/i.test(line);
    else if (inUnreleased) {
      const m = LISTED.exec(line);
      if (m) out.push(m[1]!.trim());
    }
  }
  return out;
}

/** Was `Type.member` (a field or an enum value) deprecated in the schema? */
function wasDeprecated(schema: GraphQLSchema, typeName: string, member: string): boolean {
  const t = schema.getType(typeName);
  if (isObjectType(t) || isInterfaceType(t)) return t.getFields()[member]?.deprecationReason != null;
  if (isInputObjectType(t)) return t.getFields()[member]?.deprecationReason != null;
  if (isEnumType(t)) return t.getValue(member)?.deprecationReason != null;
  return false;
}

export function checkSchemaPolicy(releasedSdl: string, currentSdl: string, changelog: string): PolicyReport {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const listed = new Set(listedBreakingChanges(changelog));
  const breaking = findBreakingChanges(released, current).map((c) => ({ type: c.type, description: c.description, listed: listed.has(c.description) }));
  const notDeprecatedFirst: string[] = [];
  for (const c of breaking) {
    let at: [string, string] | null = null;
    if (c.type === BreakingChangeType.FIELD_REMOVED) {
      const m = /^(\w+)\.(\w+) was removed\.$/.exec(c.description);
      if (m) at = [m[1]!, m[2]!];
    } else if (c.type === BreakingChangeType.VALUE_REMOVED_FROM_ENUM) {
      const m = /^(\w+) was removed from enum type (\w+)\.$/.exec(c.description);
      if (m) at = [m[2]!, m[1]!];
    }
    if (at && !wasDeprecated(released, at[0], at[1])) notDeprecatedFirst.push(c.description);
  }
  const found = new Set(breaking.map((c) => c.description));
  return {
    breaking,
    unlisted: breaking.filter((c) => !c.listed).map((c) => c.description),
    notDeprecatedFirst,
    dangerous: findDangerousChanges(released, current).map((c) => c.description),
    stale: [...listed].filter((d) => !found.has(d)),
  };
}

/** Moves the `## Unreleased` entries under a heading of the release and opens a new, empty `## Unreleased`. */
export function releaseChangelog(changelog: string, heading: string): string {
  if (!/^##\s+Unreleased\b.*$/im.test(changelog)) throw new Error('docs/schema-changelog.md has no "## Unreleased" heading');
  return changelog.replace(/^##\s+Unreleased\b.*$/im, `## Unreleased\n\n## ${heading}`);
}
