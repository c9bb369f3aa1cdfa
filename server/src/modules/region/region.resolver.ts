import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RegionDef } from '@doudi/shared';
import { regionsUnder } from './region.service.js';

@ObjectType('Region', { simpleResolvers: true, description: '行政区划 (统计用区划代码, mid-2020)' })
export class RegionNode {
  @Field(() => String, { description: '6 digits county, 9 township, 12 village/community' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'COUNTY, TOWNSHIP or VILLAGE' }) level!: string;
  @Field(() => String, { description: 'COUNTY, SUBDISTRICT, TOWN, TOWNSHIP, FARM, VILLAGE or COMMUNITY' }) kind!: string;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
}

const toNode = (r: RegionDef): RegionNode => ({ code: r.code, name: r.name, level: r.level, kind: r.kind, parentCode: r.parentCode });

@Resolver()
export class RegionResolver {
  @Query(() => [RegionNode], {
    description: 'Regions of the county. No parentCode: the county itself; a code: its direct children',
  })
  regions(@Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null): RegionNode[] {
    return regionsUnder(parentCode).map(toNode);
  }
}
