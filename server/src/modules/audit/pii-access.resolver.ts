import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { PageInfo } from '../../common/page-info.js';
import { queryRows, sql, joinSql, dbDate, fromDbDate, type Sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';

@ObjectType('PiiAccessEvent', { simpleResolvers: true, description: '个人信息访问记录 — a read that returned unmasked personal data' })
export class PiiAccessNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String) actor!: string;
  @Field(() => String) requestId!: string;
  @Field(() => String, { description: 'query, mutation or reveal' }) purpose!: string;
  @Field(() => String) entityType!: string;
  @Field(() => [ID], { description: 'the rows whose personal data was returned' }) entityIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class PiiAccessEdge {
  @Field(() => String) cursor!: string;
  @Field(() => PiiAccessNode) node!: PiiAccessNode;
}

@ObjectType({ simpleResolvers: true })
export class PiiAccessConnection {
  @Field(() => [PiiAccessEdge]) edges!: PiiAccessEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class PiiAccessWhere {
  @Field(() => String, { nullable: true }) actor?: string;
  @Field(() => String, { nullable: true, description: 'query, mutation or reveal' }) purpose?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}

interface Row { id: number | string; at: unknown; actor: string; request_id: string; purpose: string; entity_type: string; entity_ids: string }

/** Who read which personal data, when (PIPL): for auditors, newest first. */
@Resolver()
export class PiiAccessResolver {
  @Authorized('audit:read')
  @Query(() => PiiAccessConnection, { description: 'Reads that returned unmasked personal data, newest first (audit:read)' })
  async piiAccessEvents(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => PiiAccessWhere, { nullable: true }) where?: PiiAccessWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PiiAccessConnection> {
    checkPageSize(first);
    const kind = ctx.config.db.kind;
    const conds: Sql[] = [];
    if (where?.actor) conds.push(sql('p.actor = ?', where.actor));
    if (where?.purpose) conds.push(sql('p.purpose = ?', where.purpose));
    if (where?.from) conds.push(sql('p.at >= ?', dbDate(kind, where.from)));
    if (where?.to) conds.push(sql('p.at <= ?', dbDate(kind, where.to)));
    const below = idBelow(after, 'pii:D');
    if (below != null) conds.push(sql('p.id < ?', below));
    const w = conds.length ? joinSql(conds, ' AND ') : sql('1 = 1');
    const rows = await queryRows<Row>(ctx.em, {
      text: `SELECT p.id, p.at, p.actor, p.request_id, p.purpose, p.entity_type, p.entity_ids FROM pii_access p WHERE ${w.text} ORDER BY p.id DESC LIMIT ?`,
      params: [...w.params, first + 1],
    });
    return idDescPage(rows, first, after, 'pii:D', (r) => ({
      id: String(r.id), at: fromDbDate(r.at), actor: r.actor, requestId: r.request_id, purpose: r.purpose,
      entityType: r.entity_type, entityIds: r.entity_ids ? r.entity_ids.split(',') : [],
    }));
  }
}
