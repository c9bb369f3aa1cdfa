// `graphql(\`...\`)`: a typed operation document. The result and variable types come from the code generator
// (src/gql/, `pnpm --filter @doudi/client codegen`), which finds each call and validates it against
// server/schema.graphql. At run time a document is its own text plus the fragments it spreads, so each document stays
// in its feature's chunk and no GraphQL runtime (nor the generator's map of every document) enters the bundle.
import type { graphql as generated } from '../generated/gql';

const fragments: Record<string, string> = {};

/** The text sent: the operation, then every fragment it spreads (directly or through another fragment), once. */
function withFragments(source: string): string {
  const parts = [source];
  for (let i = 0; i < parts.length; i++) {
    // `... on Type` is an inline fragment, not a spread
    for (const [, name] of parts[i]!.matchAll(/\.\.\.\s*(?!on\b)(\w+)/g)) {
      const def = fragments[name!];
      // a fragment is defined by its feature's module: one not loaded yet is a missing import, not a server matter
      if (def === undefined) throw new Error(`GraphQL fragment ${name} is not loaded`);
      if (!parts.includes(def)) parts.push(def);
    }
  }
  return parts.join('\n');
}

export const graphql = ((source: string) => {
  const name = /^\s*fragment\s+(\w+)/.exec(source)?.[1];
  if (name) fragments[name] = source;
  return { toString: () => withFragments(source) };
}) as unknown as typeof generated;
