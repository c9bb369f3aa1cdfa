import { Arg, Authorized, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { DibaoArea, DibaoAreaDef } from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { DibaoStandardService } from './dibao-standard.service.js';

registerEnumType(DibaoArea, {
  name: DibaoAreaDef.name,
  description: '低保标准的城乡类别 (a community 社区 is URBAN, a village 村 RURAL)',
  valuesConfig: Object.fromEntries(DibaoAreaDef.values.map((v) => [v, { description: `${DibaoAreaDef.labels[v].zh} (${DibaoAreaDef.labels[v].en})` }])),
});

@ObjectType('DibaoStandard', { simpleResolvers: true, description: '低保标准 of a year and area (元 per person per month)' })
export class DibaoStandardNode {
  @Field(() => Int) year!: number;
  @Field(() => DibaoArea) area!: DibaoArea;
  @Field(() => Float, { description: '元 per person per month' }) amount!: number;
  @Field(() => Boolean, { description: 'a seeded demo value (示例值), not a published standard, until the administrator sets it' }) demo!: boolean;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String) updatedBy!: string;
}

const service = (ctx: RequestContext) => new DibaoStandardService(serviceDeps(ctx));

/** 低保标准 (measure 2 and the 审批 income check): a table by year and area. */
@Resolver()
export class DibaoStandardResolver {
  @Authorized('ledger:read')
  @Query(() => [DibaoStandardNode], { description: '低保标准 by year and area (元 per person per month); a year without a row uses the nearest earlier year' })
  async dibaoStandards(@Ctx() ctx: RequestContext): Promise<DibaoStandardNode[]> {
    return service(ctx).list();
  }

  @Authorized('ledger:write')
  @Mutation(() => DibaoStandardNode, { description: 'Admin only: sets the 低保标准 of a year and area (audited; the row is no longer a demo value)' })
  async setDibaoStandard(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int) year: number,
    @Arg('area', () => DibaoArea) area: DibaoArea,
    @Arg('amount', () => Float) amount: number,
  ): Promise<DibaoStandardNode> {
    return service(ctx).set(year, area, amount);
  }
}
