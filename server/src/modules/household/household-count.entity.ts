import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many households there are per (township, village, category, risk status, deleted): kept exact by database
 * triggers on `household` (written in the migration `household_counts`, statement-level with transition tables on
 * PostgreSQL, row-level on SQLite), in the same transaction as the change — whichever path writes the households
 * (services, the import's fast path, the seed). `totalCount` of a households page whose filter uses only these
 * columns is a sum over a few of these rows instead of a count of every matching household (household.query.ts).
 * Never written by the application; its column names are the household's, so the same conditions apply to both.
 */
@Entity({ tableName: 'household_count' })
export class HouseholdCount {
  @PrimaryKey({ type: 'string', length: 9 })
  townshipCode!: string;

  @PrimaryKey({ type: 'string', length: 12 })
  regionCode!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  category!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  riskStatus!: string;

  @PrimaryKey({ type: 'boolean' })
  deleted!: boolean;

  @Property({ type: 'bigint', default: 0 })
  n!: string;
}
