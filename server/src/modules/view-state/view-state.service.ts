import { GraphQLError } from 'graphql';
import { unauthenticated } from '../../common/access.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { ViewState } from './view-state.entity.js';

const MAX_STATE = 64 * 1024;

/** Grid layouts saved on the server, so a user's columns follow them to another machine. */
export class ViewStateService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The caller's saved layout for a view (JSON text), or null. */
  async get(key: string): Promise<string | null> {
    if (!this.deps.access.principal) throw unauthenticated();
    const row = await this.deps.em.findOne(ViewState, { actor: this.deps.access.actor, key });
    return row?.state ?? null;
  }

  /** Saves the caller's layout for a view: a key of 1–120 characters, JSON text of at most 64 KiB. */
  async save(key: string, state: string): Promise<boolean> {
    if (!this.deps.access.principal) throw unauthenticated();
    if (!key || key.length > 120) throw new GraphQLError('视图名称 key 不能为空，且不超过 120 个字符', { extensions: { code: 'BAD_USER_INPUT', field: 'key' } });
    if (state.length > MAX_STATE) throw new GraphQLError('视图状态过大（最多 64 KiB）', { extensions: { code: 'OUT_OF_RANGE', field: 'state' } });
    try {
      JSON.parse(state);
    } catch {
      throw new GraphQLError('视图状态 state 必须是 JSON 文本', { extensions: { code: 'BAD_USER_INPUT', field: 'state' } });
    }
    await this.deps.em.upsert(ViewState, { actor: this.deps.access.actor, key, state, updatedAt: this.deps.clock.now() });
    return true;
  }
}
