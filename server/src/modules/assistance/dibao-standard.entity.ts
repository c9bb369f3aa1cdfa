import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** 低保标准: 元 per person per month, one row per year and area (URBAN / RURAL), edited by the administrator. */
@Entity({ tableName: 'dibao_standard' })
export class DibaoStandard {
  [OptionalProps]?: 'updatedBy' | 'demo';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @PrimaryKey({ type: 'string', length: 8 })
  area!: string;

  @Property({ type: 'double' })
  amount!: number;

  /** Seeded demo value (示例值), not a published standard; cleared when the administrator sets the row. */
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;

  @Property({ type: 'string', length: 120, default: 'system' })
  updatedBy: string = 'system';
}
