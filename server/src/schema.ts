import { buildSchema } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import './common/enums.js';
import { HouseholdResolver } from './modules/household/household.resolver.js';
import { RegionResolver } from './modules/region/region.resolver.js';

/** Every resolver, listed in one place. */
export const RESOLVERS = [HouseholdResolver, RegionResolver] as const;

let cached: Promise<GraphQLSchema> | null = null;

export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}

/** The schema as committed in server/schema.graphql (sorted, so the file diffs cleanly). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}
