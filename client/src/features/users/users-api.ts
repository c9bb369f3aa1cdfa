// 用户管理 (admin): the users list and the account mutations; one-time passwords come back once, from createUser and
// resetPassword.
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { UserAccountFieldsFragment, UserWhere, CreateUserInput, UpdateUserInput } from '../../generated/gql/graphql';

export type UserAccount = UserAccountFieldsFragment;

graphql(`fragment UserAccountFields on UserAccount {
  id username displayName role regionCode unitCode phone disabled mustChangePassword version lastSeenAt
}`);
const USERS = graphql(`query Users($where: UserWhere, $first: Int, $after: String) {
  users(where: $where, first: $first, after: $after) { edges { node { ...UserAccountFields } } pageInfo { hasNextPage endCursor } }
}`);
const CREATE = graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ...UserAccountFields } } }`);
const UPDATE = graphql(`mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { ...UserAccountFields } }`);
const DISABLE = graphql(`mutation DisableUser($id: ID!) { disableUser(id: $id) { ...UserAccountFields } }`);
const ENABLE = graphql(`mutation EnableUser($id: ID!) { enableUser(id: $id) { ...UserAccountFields } }`);
const RESET = graphql(`mutation ResetPassword($id: ID!) { resetPassword(id: $id) { oneTimePassword user { ...UserAccountFields } } }`);

export async function fetchUsers(where: UserWhere, after: string | null): Promise<{ users: UserAccount[]; next: string | null }> {
  const d = await gql(USERS, { where, first: 100, after });
  return { users: d.users.edges.map((e) => e.node), next: d.users.pageInfo.hasNextPage ? d.users.pageInfo.endCursor ?? null : null };
}

export async function createUser(input: CreateUserInput): Promise<{ user: UserAccount; oneTimePassword: string }> {
  return (await gql(CREATE, { input })).createUser;
}

export async function updateUser(input: UpdateUserInput): Promise<UserAccount> {
  return (await gql(UPDATE, { input })).updateUser;
}

export async function setDisabled(id: string, disabled: boolean): Promise<UserAccount> {
  return disabled ? (await gql(DISABLE, { id })).disableUser : (await gql(ENABLE, { id })).enableUser;
}

export async function resetPassword(id: string): Promise<{ user: UserAccount; oneTimePassword: string }> {
  return (await gql(RESET, { id })).resetPassword;
}
