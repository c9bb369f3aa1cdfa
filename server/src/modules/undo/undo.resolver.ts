import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { UndoService } from './undo.service.js';

@ObjectType({ simpleResolvers: true })
export class UndoConflictNode {
  @Field(() => String) entityType!: string;
  @Field(() => String) entityId!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of an undo or redo' })
export class UndoResult {
  @Field(() => Boolean, { description: 'true when every change was reverted (or re-applied)' }) ok!: boolean;
  @Field(() => String, { description: 'the change set under which the inverse was recorded' }) changeSet!: string;
  @Field(() => Int) applied!: number;
  @Field(() => [UndoConflictNode], { description: 'changes left alone because someone else changed them since, or refused' }) conflicts!: UndoConflictNode[];
}

@ObjectType('ChangeSet', { simpleResolvers: true, description: 'One user step (an edit, a paste, a fill): the unit of undo' })
export class ChangeSetNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => Int) changes!: number;
  @Field(() => Boolean) undone!: boolean;
  @Field(() => String) summary!: string;
}

@Resolver()
export class UndoResolver {
  @Authorized('ledger:write')
  @Mutation(() => UndoResult, { description: 'Undoes one of the caller\'s own steps (send the step\'s x-doudi-change-set id)' })
  async undoChangeSet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UndoResult> {
    return new UndoService(serviceDeps(ctx)).undo(id);
  }

  @Authorized('ledger:write')
  @Mutation(() => UndoResult, { description: 'Redoes a step the caller undid' })
  async redoChangeSet(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<UndoResult> {
    return new UndoService(serviceDeps(ctx)).redo(id);
  }

  @Authorized('ledger:write')
  @Query(() => [ChangeSetNode], { description: 'The caller\'s recent steps, newest first: the undo stack survives a reload' })
  async myChangeSets(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<ChangeSetNode[]> {
    return new UndoService(serviceDeps(ctx)).mine(first);
  }
}
