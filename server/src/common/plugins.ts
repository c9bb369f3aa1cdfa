import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context.js';
import { PiiAccess } from '../modules/audit/audit.entity.js';
import { markCancellable } from '../db/cancel-on-close.js';

/** Root fields an anonymous caller may use. Everything else, introspection included, needs a token. */
const ANONYMOUS_FIELDS = new Set(['login', '__typename']);

/** Root fields a user holding a one-time password may use (and login); anything else answers PASSWORD_CHANGE_REQUIRED. */
export const PASSWORD_CHANGE_FIELDS = new Set(['changePassword', 'me', 'logout', 'login', '__typename']);

export const PASSWORD_CHANGE_MESSAGE = '请先修改密码：您使用的是一次性密码，修改后才能继续操作';

function rootFieldNames(op: OperationDefinitionNode | undefined | null): string[] {
  if (!op) return [];
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : ['(fragment)']));
}

/** Every operation of the document uses only what an anonymous caller may. */
function anonymousDocument(doc: DocumentNode): boolean {
  return doc.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || rootFieldNames(d).every((f) => ANONYMOUS_FIELDS.has(f)));
}

const UNAUTHENTICATED_MESSAGE = '请先登录（缺少或无效的 Authorization: Bearer 令牌）';

/**
 * The request-level gate: an anonymous call to anything but `login` is UNAUTHENTICATED, and a user holding a one-time
 * password gets PASSWORD_CHANGE_REQUIRED for anything but changePassword, me and logout, before any resolver runs.
 */
export const authGatePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        // A query's statements may be cancelled when its client goes; a mutation runs to its end (or rolls back).
        markCancellable(operation?.operation === 'query');
        const principal = contextValue.access.principal;
        if (principal?.mustChangePassword && !rootFieldNames(operation).every((f) => PASSWORD_CHANGE_FIELDS.has(f))) {
          throw new GraphQLError(PASSWORD_CHANGE_MESSAGE, { extensions: { code: 'PASSWORD_CHANGE_REQUIRED', http: { status: 403 } } });
        }
        if (principal) return;
        if (rootFieldNames(operation).every((f) => ANONYMOUS_FIELDS.has(f))) return;
        throw new GraphQLError(UNAUTHENTICATED_MESSAGE, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      },
      async willSendResponse({ contextValue, response, document }) {
        if (contextValue.access?.principal || response.body.kind !== 'single') return;
        // A document an anonymous caller may not send, refused before it ran (validation, limits): UNAUTHENTICATED
        // only. Its validation errors would name the schema's types and fields ('Cannot query field "x" on type "Y"').
        if (response.body.singleResult.errors?.length && document && !anonymousDocument(document)) {
          response.body = { kind: 'single', singleResult: { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] } };
          response.http.status = 401;
          return;
        }
        // No field suggestions ("Did you mean …?") for anonymous callers: they would reveal the schema.
        for (const e of response.body.singleResult.errors ?? []) {
          (e as { message: string }).message = e.message.replace(/ ?Did you mean .*$/s, '');
        }
      },
    };
  },
};

/** The request's pii_access row, when it returned personal data unmasked (Apollo's plugin and the fast page path). */
export async function recordPiiAccess(ctx: RequestContext, operation: 'query' | 'mutation'): Promise<void> {
  const ids = ctx.pii?.households;
  if (!ids || ids.size === 0) return;
  const em = ctx.em.fork();
  em.create(PiiAccess, {
    at: ctx.clock.now(), actor: ctx.access.actor, requestId: ctx.requestId,
    purpose: ctx.pii.purpose ?? operation, entityType: 'household', entityIds: [...ids].join(','),
  });
  await em.flush();
}

/** Records, once per request, which households' personal data were returned unmasked (who, when, which rows). */
export const piiAccessPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operation }) {
        await recordPiiAccess(contextValue, operation?.operation === 'mutation' ? 'mutation' : 'query');
      },
    };
  },
};

/** With read replicas: after a mutation, the session's next list reads wait until a replica has replayed it. */
export function replicaWritePlugin(replicas: { noteWrite(session: number | null, em: EntityManager): Promise<void> }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation }) {
          if (operation?.operation !== 'mutation') return;
          await replicas.noteWrite(contextValue.access.principal?.tokenId ?? null, contextValue.em);
        },
      };
    },
  };
}
