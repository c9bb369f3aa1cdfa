import { Entity, PrimaryKey, PrimaryKeyProp, Property, Index } from '@mikro-orm/core';

/** 统计用区划代码: 6 digits county, 9 township, 12 village/community. Reference data synced from @doudi/shared. */
@Entity({ tableName: 'region' })
@Index({ properties: ['parentCode'] })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  level!: string;

  @Property({ type: 'string', length: 16 })
  kind!: string;

  @Property({ type: 'string', length: 12, nullable: true })
  parentCode?: string | null;
}
