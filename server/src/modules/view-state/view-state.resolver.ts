import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../common/context.js';
import { unauthenticated } from '../../common/access.js';
import { ViewState } from './view-state.entity.js';

const MAX_STATE = 64 * 1024;

/** Grid layouts saved on the server, so a user's columns follow them to another machine. */
@Resolver()
export class ViewStateResolver {
  @Query(() => String, { nullable: true, description: 'The caller\'s saved layout for a view (JSON text), or null' })
  async viewState(@Ctx() ctx: RequestContext, @Arg('key', () => String) key: string): Promise<string | null> {
    if (!ctx.access.principal) throw unauthenticated();
    const row = await ctx.em.findOne(ViewState, { actor: ctx.access.actor, key });
    return row?.state ?? null;
  }

  @Mutation(() => Boolean, { description: 'Saves the caller\'s layout for a view (JSON text, at most 64 KiB)' })
  async saveViewState(@Ctx() ctx: RequestContext, @Arg('key', () => String) key: string, @Arg('state', () => String) state: string): Promise<boolean> {
    if (!ctx.access.principal) throw unauthenticated();
    if (!key || key.length > 120) throw new GraphQLError('视图名称 key 不能为空，且不超过 120 个字符', { extensions: { code: 'BAD_USER_INPUT', field: 'key' } });
    if (state.length > MAX_STATE) throw new GraphQLError('视图状态过大（最多 64 KiB）', { extensions: { code: 'OUT_OF_RANGE', field: 'state' } });
    try {
      JSON.parse(state);
    } catch {
      throw new GraphQLError('视图状态 state 必须是 JSON 文本', { extensions: { code: 'BAD_USER_INPUT', field: 'state' } });
    }
    await ctx.em.upsert(ViewState, { actor: ctx.access.actor, key, state, updatedAt: ctx.clock.now() });
    return true;
  }
}
