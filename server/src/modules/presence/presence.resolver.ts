import { Arg, Authorized, Ctx, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { presenceOf, setPresenceEditing } from './presence.service.js';
import { PresenceList } from './presence.types.js';

/** Who else has a ledger open, and which row they edit (issue 18): thin, the work is in presence.service.ts. */
@Resolver()
export class PresenceResolver {
  @Authorized('ledger:read')
  @Subscription(() => PresenceList, {
    description: 'Who else has this ledger open and which row each edits; joins the ledger until the subscription ends (WebSocket only; scope: ledger:read and the ledger\'s region). Keys: households:<regionCode>, monthly:<YYYY-MM>:<regionCode>, members:<householdId>',
    subscribe: ({ args, context }) => {
      const a = args as { ledger: string; clientId: string };
      return presenceOf(context as RequestContext, a.ledger, a.clientId);
    },
  })
  presence(
    @Root() list: PresenceList,
    @Arg('ledger', () => String) _ledger: string,
    @Arg('clientId', () => String, { description: 'the client\'s id of this open grid (8–64 of A-Z a-z 0-9 - _), sent again with setPresenceEditing' }) _clientId: string,
  ): PresenceList {
    return list;
  }

  @Authorized('ledger:read')
  @Mutation(() => Boolean, { description: 'The row the caller is editing now in a ledger it has open through the presence subscription (null: none); at most 30 calls per 10 s' })
  async setPresenceEditing(
    @Ctx() ctx: RequestContext,
    @Arg('ledger', () => String) ledger: string,
    @Arg('clientId', () => String) clientId: string,
    @Arg('rowId', () => ID, { nullable: true }) rowId?: string | null,
  ): Promise<boolean> {
    return setPresenceEditing(ctx, ledger, clientId, rowId);
  }
}
