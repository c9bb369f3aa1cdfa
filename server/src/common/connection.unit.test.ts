import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { ConnectionBase, ConnectionType, CountedConnectionType, EdgeType, MutationResult } from './connection.js';

// Unit tier: the generic Relay connection factory builds the same SDL as the hand-written classes it replaced.

// Test files are built without decorator syntax: the decorators are applied as the calls they are.
class WidgetNode {
  name!: string;
}
Field(() => String)(WidgetNode.prototype, 'name');
ObjectType('Widget', { simpleResolvers: true })(WidgetNode);

const WidgetConnection = ConnectionType(WidgetNode, 'Widget');

class CountedWidgetConnection extends ConnectionBase(WidgetNode, 'CountedWidget') {
  totalCount!: number;
}
Field(() => Int, { description: 'matching rows' })(CountedWidgetConnection.prototype, 'totalCount');
ObjectType('CountedWidgetConnection', { simpleResolvers: true })(CountedWidgetConnection);

const TotalWidgetConnection = CountedConnectionType(WidgetNode, 'TotalWidget', 'all rows');
class WidgetResult extends MutationResult(WidgetNode, 'widget') {
  conflict!: WidgetNode | null;
}
Field(() => WidgetNode, { nullable: true })(WidgetResult.prototype, 'conflict');
ObjectType('WidgetResult', { simpleResolvers: true })(WidgetResult);

class WidgetResolver {
  widgets() {
    return { edges: [{ cursor: 'c1', node: { name: 'a' } }], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c1' } };
  }

  totalWidgets() {
    return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
  }

  saveWidget() {
    return { ok: true, widget: { name: 'a' }, errors: [], conflict: null };
  }

  countedWidgets() {
    return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
  }
}
const method = (name: keyof WidgetResolver) => [WidgetResolver.prototype, name, Object.getOwnPropertyDescriptor(WidgetResolver.prototype, name)!] as const;
Query(() => WidgetConnection)(...method('widgets'));
Query(() => CountedWidgetConnection)(...method('countedWidgets'));
Query(() => TotalWidgetConnection)(...method('totalWidgets'));
Query(() => WidgetResult)(...method('saveWidget'));
Resolver()(WidgetResolver);

const typeSdl = (schema: GraphQLSchema, name: string): string => {
  const sdl = printSchema(schema);
  const start = sdl.indexOf(`type ${name} {`);
  return sdl.slice(start, sdl.indexOf('}', start) + 1);
};

describe('connection factory', () => {
  it('names the edge and connection after the node and gives them the Relay fields, non-null as before', async () => {
    const schema = await buildSchema({ resolvers: [WidgetResolver], validate: false });
    expect(typeSdl(schema, 'WidgetEdge')).toBe('type WidgetEdge {\n  cursor: String!\n  node: Widget!\n}');
    expect(typeSdl(schema, 'WidgetConnection')).toBe('type WidgetConnection {\n  edges: [WidgetEdge!]!\n  pageInfo: PageInfo!\n}');
    // A connection with more fields keeps edges and pageInfo first, then its own, with their descriptions.
    expect(typeSdl(schema, 'CountedWidgetConnection')).toBe(
      'type CountedWidgetConnection {\n  edges: [CountedWidgetEdge!]!\n  pageInfo: PageInfo!\n\n  """matching rows"""\n  totalCount: Int!\n}');
    // The abstract base never reaches the schema.
    expect(printSchema(schema)).not.toContain('ConnectionBase');
  });

  it('builds a counted connection and a mutation result in the order the hand-written classes had', async () => {
    const schema = await buildSchema({ resolvers: [WidgetResolver], validate: false });
    expect(typeSdl(schema, 'TotalWidgetConnection')).toBe(
      'type TotalWidgetConnection {\n  edges: [TotalWidgetEdge!]!\n  pageInfo: PageInfo!\n\n  """all rows"""\n  totalCount: Int!\n}');
    expect(typeSdl(schema, 'WidgetResult')).toBe(
      'type WidgetResult {\n  ok: Boolean!\n  widget: Widget\n  errors: [FieldErrorType!]!\n  conflict: Widget\n}');
    expect(printSchema(schema)).not.toContain('ResultBase');
  });

  it('makes one edge class per name', () => {
    expect(EdgeType(WidgetNode, 'Widget')).toBe(EdgeType(WidgetNode, 'Widget'));
    expect(EdgeType(WidgetNode, 'Widget')).not.toBe(EdgeType(WidgetNode, 'OtherWidget'));
  });
});
