import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../common/context.js';
import { BulletinNode } from '../tasks/bulletin.types.js';
import { checkBatch } from '../../common/batch.js';
import { comparisonService, findingReader } from './comparison.context.js';
import {
  ComparisonBulletinSection, ComparisonFindingConnection, ComparisonFindingNode, ComparisonFindingWhere, ComparisonKindNode, ComparisonRowInput,
  ComparisonRuleNode, ComparisonSourceNode, ComparisonSummaryRow, LoadComparisonSourceInput, LoadComparisonSourceResult, VerifyFindingInput,
  VerifyFindingResult,
} from './comparison.types.js';

const FIRST = { nullable: true, description: 'page size, default 100, at most 500' } as const;

/** 数据比对 (issue 17): sources, the comparison job, findings and their verification. */
@Resolver()
export class ComparisonResolver {
  @Authorized('ledger:read')
  @Query(() => [ComparisonSourceNode], { description: 'Loaded sources, newest first (at most 500)' })
  async comparisonSources(@Ctx() ctx: RequestContext): Promise<ComparisonSourceNode[]> {
    return comparisonService(ctx).sources();
  }

  @Authorized('ledger:read')
  @Query(() => [ComparisonRuleNode], { description: 'The comparison rules: what each finds and why it matters' })
  comparisonRules(@Ctx() ctx: RequestContext): ComparisonRuleNode[] {
    return comparisonService(ctx).rules();
  }

  @Authorized('ledger:read')
  @Query(() => [ComparisonKindNode], { description: 'The source kinds and their fixed columns (the import template)' })
  comparisonKinds(@Ctx() ctx: RequestContext): ComparisonKindNode[] {
    return comparisonService(ctx).kinds();
  }

  @Authorized('ledger:read')
  @Query(() => ComparisonFindingConnection, { description: 'Findings (疑点), newest first, in the caller\'s region; personal data masked without pii:read' })
  async comparisonFindings(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => ComparisonFindingWhere, { nullable: true }) where?: ComparisonFindingWhere | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ComparisonFindingConnection> {
    return findingReader(ctx).page(where, first ?? 100, after);
  }

  @Authorized('ledger:read')
  @Query(() => ComparisonFindingNode, { nullable: true, description: 'One finding with Doudi\'s record and the source row side by side, and its evidence' })
  async comparisonFinding(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ComparisonFindingNode | null> {
    if (!/^\d{1,12}$/.test(id)) return null;
    return (await findingReader(ctx).byIds([Number(id)]))[0] ?? null;
  }

  @Authorized('ledger:read')
  @Query(() => [ComparisonSummaryRow], { description: 'Findings per township and rule: total, open, overdue, 属实, 不属实 (the county view)' })
  async comparisonSummary(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null): Promise<ComparisonSummaryRow[]> {
    return findingReader(ctx).summary(regionCode);
  }

  @Authorized('compare:write')
  @Mutation(() => LoadComparisonSourceResult, { description: 'An integrator pushes a source (at most 5,000 rows a call; bigger lists through POST /api/imports with target=comparison). Scope compare:write.' })
  async loadComparisonSource(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LoadComparisonSourceInput) input: LoadComparisonSourceInput,
    @Arg('rows', () => [ComparisonRowInput]) rows: ComparisonRowInput[],
  ): Promise<LoadComparisonSourceResult> {
    checkBatch(rows, 'rows');
    const svc = comparisonService(ctx);
    const out = await svc.load({
      kind: input.kind, agency: input.agency, asOf: input.asOf, via: 'API', fileName: 'api.json', bytes: Buffer.from(JSON.stringify({ ...input, rows })),
      rows: rows.map((r, i) => ({ row: i + 1, cells: { ...r } as Record<string, string | number | null> })), commit: true, atomic: input.atomic ?? true,
    });
    let source = out.source;
    if (source && input.run !== false) source = (await svc.run(source.id)).source;
    return { ok: Boolean(source), rows: out.rows, valid: out.valid, invalid: out.invalid, errors: out.errors, warnings: out.warnings, source };
  }

  @Authorized('compare:write')
  @Mutation(() => ComparisonSourceNode, { description: 'Runs (again) the comparison of a source: one job at a time, progress in comparisonSources. Scope compare:write.' })
  async runComparison(@Ctx() ctx: RequestContext, @Arg('sourceId', () => ID) sourceId: string): Promise<ComparisonSourceNode> {
    return (await comparisonService(ctx).run(sourceId)).source;
  }

  @Authorized('ledger:write')
  @Mutation(() => VerifyFindingResult, { description: '核查: records 属实 (with the action and the record it led to) or 不属实 (with what was checked) and evidence' })
  async verifyFinding(@Ctx() ctx: RequestContext, @Arg('input', () => VerifyFindingInput) input: VerifyFindingInput): Promise<VerifyFindingResult> {
    try {
      const finding = await comparisonService(ctx).verify(input);
      return { ok: true, errors: [], finding };
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions?.code ?? '') : '';
      // The finding itself (absent, another township's, changed meanwhile) and the caller's rights are request errors;
      // a problem with one input field is answered as a field error.
      const field = String(err instanceof GraphQLError ? err.extensions?.field ?? '' : '');
      if (!(err instanceof GraphQLError) || ['UNAUTHENTICATED', 'FORBIDDEN', 'VERSION_CONFLICT', 'TOO_MANY_JOBS'].includes(code) || field === 'findingId') throw err;
      return { ok: false, errors: [{ field: field || 'input', code, message: err.message }], finding: null };
    }
  }
}

/** The 数据比对 section of the monthly 通报, on the Bulletin type (scope as the caller's findings). */
@Resolver(() => BulletinNode)
export class ComparisonBulletinResolver {
  @FieldResolver(() => ComparisonBulletinSection, { nullable: true, description: '数据比对: findings raised, verified and overdue (null without ledger:read)' })
  async comparison(@Root() b: BulletinNode, @Ctx() ctx: RequestContext): Promise<ComparisonBulletinSection | null> {
    if (!ctx.access.has('ledger:read')) return null;
    return findingReader(ctx).bulletin(b.month);
  }
}
