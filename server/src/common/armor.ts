import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorCode } from '@doudi/shared';
import { exceptIntrospection, introspectionBoundsRule } from './introspection.js';

/**
 * Limits per request (graphql-armor): depth, aliases, tokens, directives and cost. The numbers leave room for the
 * grid's and integrators' real queries (a page of households with members is depth 5, cost up to ~100,000: armor multiplies by `first`).
 * Each refusal is turned into a stable code by `formatError`. Introspection documents are bounded on their own terms
 * (introspection.ts).
 */
export const LIMITS = { depth: 15, aliases: 30, tokens: 4000, directives: 20, cost: 150000 };

export function armorProtection() {
  // Depth and cost: for ordinary operations only (introspection documents get their own bounds, introspection.ts).
  // Introspection fields inside a mixed document are counted like any others (ignoreIntrospection: false).
  const ordinary = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, exposeLimits: true, ignoreIntrospection: false },
    costLimit: { maxCost: LIMITS.cost, exposeLimits: true, ignoreIntrospection: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Aliases, tokens (at parse time) and directives: for every document, introspection included.
  const always = new ApolloArmor({
    maxAliases: { n: LIMITS.aliases, exposeLimits: true },
    maxTokens: { n: LIMITS.tokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.directives, exposeLimits: true },
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions are removed for anonymous callers only (authGatePlugin), so signed-in developers keep them.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [...ordinary.validationRules.map(exceptIntrospection), ...always.validationRules, introspectionBoundsRule],
    plugins: [...ordinary.plugins, ...always.plugins],
  };
}

/** Armor's messages (and the introspection bounds', introspection.ts) → our codes: Apollo codes every validation error alike. */
export function armorCode(message: string): ErrorCode | null {
  if (/Query depth limit|^内省查询嵌套过深/.test(message)) return 'QUERY_TOO_DEEP';
  if (/Aliases limit/.test(message)) return 'TOO_MANY_ALIASES';
  if (/Token limit/.test(message)) return 'TOO_MANY_TOKENS';
  if (/Directives limit/.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/Query Cost limit|^内省查询过大/.test(message)) return 'QUERY_TOO_COMPLEX';
  return null;
}
