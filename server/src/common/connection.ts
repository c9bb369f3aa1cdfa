import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { FieldErrorType, PageInfo } from './page-info.js';

// Relay connections, written once: `<Name>Edge { cursor, node }` and `<Name>Connection { edges, pageInfo }`.
// Row pages are returned in bulk, so both are simpleResolvers (no per-field middleware).

export interface Edge<N> {
  cursor: string;
  node: N;
}

export interface Connection<N> {
  edges: Edge<N>[];
  pageInfo: PageInfo;
}

/** The Edge type of a node: `<name>Edge`. One class per name (asking twice returns the same class). */
const edges = new Map<string, ClassType>();

export function EdgeType<N extends object>(node: ClassType<N>, name: string): ClassType<Edge<N>> {
  const known = edges.get(name);
  if (known) return known as ClassType<Edge<N>>;
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeOf implements Edge<N> {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: N;
  }
  edges.set(name, EdgeOf);
  return EdgeOf;
}

/**
 * The fields every connection has, as an abstract base: a connection with more fields (totalCount …) extends it
 * under its own `@ObjectType('<name>Connection', { simpleResolvers: true })`. The base itself never reaches the
 * schema (type-graphql emits only the types the resolvers reach), so its inherited fields come first, as before.
 */
export function ConnectionBase<N extends object>(node: ClassType<N>, name: string): ClassType<Connection<N>> {
  const edge = EdgeType(node, name);
  @ObjectType(`${name}ConnectionBase`, { simpleResolvers: true })
  abstract class ConnectionOf implements Connection<N> {
    @Field(() => [edge])
    edges!: Edge<N>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionOf as unknown as ClassType<Connection<N>>;
}

/** A connection with edges and pageInfo only: `<name>Connection`. */
export function ConnectionType<N extends object>(node: ClassType<N>, name: string): ClassType<Connection<N>> {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionOf extends ConnectionBase(node, name) {}
  return ConnectionOf;
}

/** A connection with an exact `totalCount`: `<name>Connection { edges, pageInfo, totalCount }`. */
export function CountedConnectionType<N extends object>(
  node: ClassType<N>, name: string, description?: string,
): ClassType<Connection<N> & { totalCount: number }> {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionOf extends ConnectionBase(node, name) {
    @Field(() => Int, description ? { description } : {})
    totalCount!: number;
  }
  return ConnectionOf;
}

/**
 * The outcome of a one-record mutation, as an abstract base: `{ ok, <key>: <Node> (null when refused), errors }`. The
 * result type extends it under its own `@ObjectType` (and may add fields after these three).
 */
export function MutationResult<N extends object, K extends string>(
  node: ClassType<N>, key: K,
): abstract new () => { ok: boolean; errors: FieldErrorType[] } & { [P in K]: N | null } {
  abstract class ResultOf {}
  Field(() => Boolean)(ResultOf.prototype, 'ok');
  Field(() => node, { nullable: true })(ResultOf.prototype, key);
  Field(() => [FieldErrorType])(ResultOf.prototype, 'errors');
  ObjectType(`${node.name}${key}ResultBase`, { simpleResolvers: true })(ResultOf);
  return ResultOf as unknown as abstract new () => { ok: boolean; errors: FieldErrorType[] } & { [P in K]: N | null };
}
