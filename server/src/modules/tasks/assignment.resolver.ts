import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { Batcher } from '../../common/batch.js';
import { AssignmentNode, AssignmentConnection, ReportNode, EventNode } from './tasks.types.js';
import { AssignmentWhere, EvidenceUpload } from './tasks.inputs.js';
import { assignmentPage, reportsOf, eventsOf } from './assignment.list.js';
import { assignmentReader, assignmentService } from './tasks.context.js';

function loader<V>(ctx: RequestContext, name: string, load: (ids: number[]) => Promise<Map<number, V[]>>): Batcher<number, V[]> {
  let b = ctx.loaders.get(name) as Batcher<number, V[]> | undefined;
  if (!b) {
    b = new Batcher(load, []);
    ctx.loaders.set(name, b);
  }
  return b;
}
const reports = (ctx: RequestContext) => loader(ctx, 'task-reports', (ids) => reportsOf(ctx.em, ids));
const events = (ctx: RequestContext) => loader(ctx, 'task-events', (ids) => eventsOf(ctx.em, ids));

@Resolver(() => AssignmentNode)
export class AssignmentResolver {
  @Authorized('tasks:read')
  @Query(() => AssignmentConnection, { description: '责任台账: assignments in board order (newest plan, measure, unit), as a Relay connection (scope: tasks:read; a unit sees only its own)' })
  async assignments(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => AssignmentWhere, { nullable: true }) where?: AssignmentWhere | null,
    @Arg('first', () => Int, { nullable: true, description: 'page size, default 100, at most 500' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<AssignmentConnection> {
    return assignmentPage(assignmentReader(ctx), where, first, after, ctx.clock.now(), ctx.config.maxPageSize);
  }

  @Authorized('tasks:read')
  @Query(() => AssignmentNode, { nullable: true, description: 'One assignment; null when missing or another unit\'s alike' })
  async assignment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssignmentNode | null> {
    return assignmentReader(ctx).one(id, ctx.clock.now());
  }

  @FieldResolver(() => [ReportNode], { description: 'progress reports, newest first' })
  async reports(@Root() a: AssignmentNode, @Ctx() ctx: RequestContext): Promise<ReportNode[]> {
    return reports(ctx).load(Number(a.id));
  }

  @FieldResolver(() => ReportNode, { nullable: true, description: 'the newest progress report' })
  async lastReport(@Root() a: AssignmentNode, @Ctx() ctx: RequestContext): Promise<ReportNode | null> {
    return (await reports(ctx).load(Number(a.id)))[0] ?? null;
  }

  @FieldResolver(() => [EventNode], { description: 'the timeline: reports, close-off requests, decisions, urges; oldest first' })
  async events(@Root() a: AssignmentNode, @Ctx() ctx: RequestContext): Promise<EventNode[]> {
    return events(ctx).load(Number(a.id));
  }

  @Authorized('tasks:write')
  @Mutation(() => AssignmentNode, { description: '报送进展 (the unit, its own rows): NOT_STARTED → IN_PROGRESS; answers the office\'s urge' })
  async reportProgress(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('text', () => String) text: string,
    @Arg('period', () => String, { nullable: true, description: 'the month reported on, YYYY-MM; default the current month' }) period?: string | null,
    @Arg('evidence', () => [EvidenceUpload], { nullable: true, deprecationReason: 'upload with POST /api/evidence and pass evidenceIds' }) evidence?: EvidenceUpload[] | null,
    @Arg('evidenceIds', () => [ID], { nullable: true, description: 'ids answered by POST /api/evidence (multipart), the uploader\'s own' }) evidenceIds?: string[] | null,
  ): Promise<AssignmentNode> {
    return assignmentService(ctx).reportProgress(assignmentId, version, text, period, evidence, evidenceIds);
  }

  @Authorized('tasks:write')
  @Mutation(() => AssignmentNode, { description: '申请销号 (the unit, its own rows): IN_PROGRESS → CLOSE_REQUESTED' })
  async requestClose(@Ctx() ctx: RequestContext, @Arg('assignmentId', () => ID) assignmentId: string, @Arg('version', () => Int) version: number): Promise<AssignmentNode> {
    return assignmentService(ctx).requestClose(assignmentId, version);
  }

  @Authorized('tasks:write')
  @Mutation(() => AssignmentNode, { description: '同意销号 (the office): CLOSE_REQUESTED → CLOSED' })
  async approveClose(@Ctx() ctx: RequestContext, @Arg('assignmentId', () => ID) assignmentId: string, @Arg('version', () => Int) version: number): Promise<AssignmentNode> {
    return assignmentService(ctx).approveClose(assignmentId, version);
  }

  @Authorized('tasks:write')
  @Mutation(() => AssignmentNode, { description: '退回 (the office, with its reason): CLOSE_REQUESTED → IN_PROGRESS' })
  async rejectClose(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ): Promise<AssignmentNode> {
    return assignmentService(ctx).rejectClose(assignmentId, version, reason);
  }

  @Authorized('tasks:write')
  @Mutation(() => AssignmentNode, { description: '催办 (the office): recorded on the timeline, shown to the unit as a notice until it reports' })
  async urgeAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('assignmentId', () => ID) assignmentId: string,
    @Arg('version', () => Int) version: number,
    @Arg('text', () => String, { nullable: true }) text?: string | null,
  ): Promise<AssignmentNode> {
    return assignmentService(ctx).urge(assignmentId, version, text);
  }
}
