import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { ViewStateService } from './view-state.service.js';

/** Grid layouts saved on the server, so a user's columns follow them to another machine. */
@Resolver()
export class ViewStateResolver {
  @Query(() => String, { nullable: true, description: 'The caller\'s saved layout for a view (JSON text), or null' })
  async viewState(@Ctx() ctx: RequestContext, @Arg('key', () => String) key: string): Promise<string | null> {
    return new ViewStateService(serviceDeps(ctx)).get(key);
  }

  @Mutation(() => Boolean, { description: 'Saves the caller\'s layout for a view (JSON text, at most 64 KiB)' })
  async saveViewState(@Ctx() ctx: RequestContext, @Arg('key', () => String) key: string, @Arg('state', () => String) state: string): Promise<boolean> {
    return new ViewStateService(serviceDeps(ctx)).save(key, state);
  }
}
