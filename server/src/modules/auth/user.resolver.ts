import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { UserService } from './user.service.js';
import { CreateUserInput, SessionNode, UpdateUserInput, UserAccountConnection, UserAccountNode, UserWhere, UserWithPassword } from './user.types.js';

const users = (ctx: RequestContext) => new UserService(serviceDeps(ctx));

/** Personal accounts (issue 14): user management for the administrator; one's own password and sessions. */
@Resolver()
export class UserResolver {
  @Query(() => UserAccountConnection, { description: 'Users, newest first (admin)' })
  async users(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => UserWhere, { nullable: true }) where?: UserWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<UserAccountConnection> {
    return users(ctx).users(where, first, after);
  }

  @Mutation(() => UserWithPassword, { description: 'Creates a user with a one-time password, shown once (admin)' })
  async createUser(@Ctx() ctx: RequestContext, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserWithPassword> {
    return users(ctx).createUser(input);
  }

  @Mutation(() => UserAccountNode, { description: 'Changes a user\'s name, role, township or unit, phone (admin; version checked)' })
  async updateUser(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<UserAccountNode> {
    return users(ctx).updateUser(input);
  }

  @Mutation(() => UserAccountNode, { description: 'Disables a user: it cannot sign in, and its sessions end at once on every instance (admin)' })
  async disableUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UserAccountNode> {
    return users(ctx).disableUser(id);
  }

  @Mutation(() => UserAccountNode, { description: 'Enables a disabled user again (admin)' })
  async enableUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UserAccountNode> {
    return users(ctx).enableUser(id);
  }

  @Mutation(() => UserWithPassword, { description: 'Gives a user a new one-time password, shown once; its sessions end (admin)' })
  async resetPassword(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UserWithPassword> {
    return users(ctx).resetPassword(id);
  }

  @Mutation(() => Boolean, { description: 'Changes the caller\'s password (WEAK_PASSWORD with a reason); its other sessions end' })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('oldPassword', () => String) oldPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return users(ctx).changePassword(oldPassword, newPassword);
  }

  @Query(() => [SessionNode], { description: 'The caller\'s signed-in sessions (newest first)' })
  async mySessions(@Ctx() ctx: RequestContext): Promise<SessionNode[]> {
    return users(ctx).mySessions();
  }

  @Mutation(() => Boolean, { description: 'Ends one of the caller\'s own sessions' })
  async endSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return users(ctx).endSession(id);
  }
}
