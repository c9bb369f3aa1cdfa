import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorCode } from '@doudi/shared';

/**
 * Limits per request (graphql-armor): depth, aliases, tokens, directives and cost. The numbers leave room for the
 * grid's and integrators' real queries (a page of households with members is depth 5, cost up to ~100,000: armor multiplies by `first`).
 * Each refusal is turned into a stable code by `formatError`.
 */
export const LIMITS = { depth: 15, aliases: 30, tokens: 4000, directives: 20, cost: 150000 };

export function armorProtection() {
  const armor = new ApolloArmor({
    // The schema has no cycles; depth matters for introspection, whose standard query nests ofType ~8 deep.
    maxDepth: { n: LIMITS.depth, exposeLimits: true, ignoreIntrospection: false },
    maxAliases: { n: LIMITS.aliases, exposeLimits: true },
    maxTokens: { n: LIMITS.tokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.directives, exposeLimits: true },
    costLimit: { maxCost: LIMITS.cost, exposeLimits: true },
    // Suggestions are removed for anonymous callers only (authGatePlugin), so signed-in developers keep them.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}

/** Armor's messages → our codes. */
export function armorCode(message: string): ErrorCode | null {
  if (/Query depth limit/.test(message)) return 'QUERY_TOO_DEEP';
  if (/Aliases limit/.test(message)) return 'TOO_MANY_ALIASES';
  if (/Token limit/.test(message)) return 'TOO_MANY_TOKENS';
  if (/Directives limit/.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/Query Cost limit/.test(message)) return 'QUERY_TOO_COMPLEX';
  return null;
}
