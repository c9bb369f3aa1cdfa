import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters for codes handed out in a transaction (户编号): `UPDATE … SET value = value + n RETURNING value` takes the
 * row's lock, so concurrent creates each get their own numbers instead of racing on MAX+1.
 */
@Entity({ tableName: 'code_counter' })
export class CodeCounter {
  @PrimaryKey({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'bigint', default: 0 })
  value!: string;
}
