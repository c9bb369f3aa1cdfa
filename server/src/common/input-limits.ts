// Bounds on every input dimension of a GraphQL request, checked before any resolver runs: string length, list
// length, input-object nesting depth and breadth, control characters, cursor size. Every walk here is iterative (an
// explicit stack) or bounded by a depth counter, so no input can blow the stack.
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import {
  GraphQLError, Kind, TypeInfo, getNamedType, isInputObjectType, isListType, isNonNullType, typeFromAST, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import type { ErrorCode } from '@doudi/shared';

export const INPUT_LIMITS = {
  /** Characters of any string value (argument, input field, variable). */
  string: 10_000,
  /** A list inside an input (`in`, members, ids of a filter). */
  list: 1_000,
  /** A list given directly as an argument: the rows of a bulk mutation (MAX_BATCH). */
  rootList: 5_000,
  /** `and` / `or` siblings. */
  logic: 100,
  /** Input objects nested in one another (a where with and/or inside and/or …). */
  depth: 8,
  /** Fields of one input object (unknown ones are refused later by GraphQL; this bounds the walk). */
  fields: 200,
  /** A cursor (`after`). */
  cursor: 512,
  /** The query text, and its bracket nesting, checked before it is parsed. */
  queryChars: 200_000,
  queryNesting: 64,
  /** Bracket nesting of a JSON body (a where nested to the limit is ~20): checked on the raw bytes before parsing. */
  jsonNesting: 64,
  /**
   * The JSON body of /graphql. 5,000 rows of createHouseholds with six members each, long addresses and remarks
   * (zh-CN: 3 bytes a character) are about 2.3 KB a row in JSON, 11.5 MB in all: 16 MB leaves room.
   */
  bodyBytes: 16 * 1024 * 1024,
} as const;

/** Tighter (or wider) string bounds at given positions: `Type.field.argument` or `InputType.field`. */
const STRING_CAPS: Record<string, number> = {
  'Mutation.login.username': 64,
  'Mutation.login.password': 256,
  'Mutation.changePassword.oldPassword': 256,
  'Mutation.changePassword.newPassword': 256,
  // The resolver itself answers OUT_OF_RANGE above 64 KiB; this only stops absurd sizes.
  'Mutation.saveViewState.state': 256 * 1024,
  // Inline evidence (base64) is bounded by the body limit and its own size check.
  'EvidenceUpload.base64': Number.POSITIVE_INFINITY,
};

const capOf = (key: string, argName: string): number => STRING_CAPS[key] ?? (argName === 'after' ? INPUT_LIMITS.cursor : INPUT_LIMITS.string);

// C0 control characters other than \t \n \r.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function limitError(code: ErrorCode, message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field, http: { status: 400 } } });
}

function checkString(s: string, cap: number, field: string, argName: string): void {
  if (s.length > cap) {
    const what = argName === 'after' ? '游标' : '文本';
    throw limitError('TOO_LONG', `${field}：${what}过长（${s.length} 个字符，最多 ${cap} 个）`, field);
  }
  if (CONTROL.test(s)) throw limitError('BAD_USER_INPUT', `${field}：含有不可见的控制字符（如 NUL），请删除后重试`, field);
}

const tooLarge = (field: string, n: number, cap: number) =>
  limitError('TOO_LARGE', `${field}：列表过长（${n} 项，最多 ${cap} 项）；请分批提交或缩小条件`, field);
const tooDeep = (field: string) => limitError('TOO_DEEP', `${field}：条件嵌套过深（最多 ${INPUT_LIMITS.depth} 层）`, field);

const listCapFor = (fieldName: string | null): number =>
  fieldName === 'and' || fieldName === 'or' ? INPUT_LIMITS.logic : INPUT_LIMITS.list;

/** Where a variable is used: the bounds it inherits from that position (the tightest of all its uses). */
interface Position {
  /** The argument or input field the value goes to, as errors name it. */
  field?: string;
  key: string;
  argName: string;
  depth: number;
  listCap: number;
}

interface Item {
  value: unknown;
  type: GraphQLInputType | null;
  depth: number;
  key: string;
  argName: string;
  listCap: number;
  path: string;
}

/** Walks a JSON value (a variable) with its GraphQL type, iteratively. Throws the first limit it meets. */
export function checkValue(value: unknown, type: GraphQLInputType | null, at: Position, path: string): void {
  const stack: Item[] = [{ value, type, path, ...at }];
  while (stack.length > 0) {
    const it = stack.pop()!;
    const t = it.type && isNonNullType(it.type) ? it.type.ofType : it.type;
    const v = it.value;
    if (typeof v === 'string') {
      checkString(v, capOf(it.key, it.argName), it.path, it.argName);
    } else if (Array.isArray(v)) {
      if (v.length > it.listCap) throw tooLarge(it.path, v.length, it.listCap);
      const inner = t && isListType(t) ? (t.ofType as GraphQLInputType) : t;
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ ...it, value: v[i], type: inner, listCap: INPUT_LIMITS.list, path: `${it.path}[${i}]` });
      }
    } else if (v !== null && typeof v === 'object') {
      const depth = it.depth + 1;
      if (depth > INPUT_LIMITS.depth) throw tooDeep(it.path);
      const keys = Object.keys(v);
      if (keys.length > INPUT_LIMITS.fields) throw tooLarge(it.path, keys.length, INPUT_LIMITS.fields);
      const named = t ? getNamedType(t) : null;
      const fields = named && isInputObjectType(named) ? named.getFields() : null;
      for (const k of keys) {
        stack.push({
          value: (v as Record<string, unknown>)[k], type: fields?.[k]?.type ?? null, depth, key: `${named?.name ?? '?'}.${k}`,
          argName: it.argName, listCap: listCapFor(k), path: `${it.path}.${k}`,
        });
      }
    }
  }
}

/**
 * Walks the operation's literal arguments (graphql's `visit` is iterative) and collects where each variable is used.
 * Throws the first limit a literal breaks.
 */
/**
 * A document's literal checks depend on the document and the schema only. Apollo hands the same parsed DocumentNode
 * for the same query text (its document cache), so a client's repeated page query is walked once; a document that
 * breaks a limit throws every time and is never remembered.
 */
const checkedDocuments = new WeakMap<DocumentNode, { schema: GraphQLSchema; uses: Map<string, Position> }>();

function checkedDocument(schema: GraphQLSchema, document: DocumentNode): Map<string, Position> {
  const hit = checkedDocuments.get(document);
  if (hit?.schema === schema) return hit.uses;
  const uses = checkDocument(schema, document);
  checkedDocuments.set(document, { schema, uses });
  return uses;
}

function checkDocument(schema: GraphQLSchema, document: DocumentNode): Map<string, Position> {
  const typeInfo = new TypeInfo(schema);
  const uses = new Map<string, Position>();
  let depth = 0;
  const keys: { key: string; argName: string; field: string; list: number }[] = [];
  const top = () => keys[keys.length - 1];
  visit(document, visitWithTypeInfo(typeInfo, {
    Argument: {
      enter(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const name = node.name.value;
        keys.push({ key: `${parent?.name ?? '?'}.${field?.name ?? '?'}.${name}`, argName: name, field: name, list: INPUT_LIMITS.rootList });
        depth = 0;
      },
      leave() {
        keys.pop();
      },
    },
    ObjectField: {
      enter(node) {
        const parentType = typeInfo.getParentInputType();
        const name = node.name.value;
        keys.push({ key: `${parentType ? getNamedType(parentType).name : '?'}.${name}`, argName: top()?.argName ?? '', field: `${top()?.field ?? '?'}.${name}`, list: listCapFor(name) });
      },
      leave() {
        keys.pop();
      },
    },
    ObjectValue: {
      enter(node) {
        depth += 1;
        const at = top();
        if (depth > INPUT_LIMITS.depth) throw tooDeep(at?.field ?? '(input)');
        if (node.fields.length > INPUT_LIMITS.fields) throw tooLarge(at?.field ?? '(input)', node.fields.length, INPUT_LIMITS.fields);
      },
      leave() {
        depth -= 1;
      },
    },
    ListValue: {
      enter(node, _key, parent) {
        const at = top();
        // A list inside a list, or inside an object field, has the inner bound; a list argument the bulk one.
        const cap = Array.isArray(parent) ? INPUT_LIMITS.list : at?.list ?? INPUT_LIMITS.list;
        if (node.values.length > cap) throw tooLarge(at?.field ?? '(input)', node.values.length, cap);
      },
    },
    StringValue(node) {
      const at = top();
      if (at) checkString(node.value, capOf(at.key, at.argName), at.field, at.argName);
    },
    Variable(node, _key, parent) {
      const at = top();
      if (!at) return; // the variable's definition
      const inList = Array.isArray(parent);
      const pos: Position = { field: at.field, key: at.key, argName: at.argName, depth, listCap: inList ? INPUT_LIMITS.list : at.list };
      const prev = uses.get(node.name.value);
      uses.set(node.name.value, prev
        ? { field: prev.field, key: capOf(prev.key, prev.argName) <= capOf(pos.key, pos.argName) ? prev.key : pos.key, argName: prev.argName === 'after' ? prev.argName : pos.argName,
          depth: Math.max(prev.depth, pos.depth), listCap: Math.min(prev.listCap, pos.listCap) }
        : pos);
    },
  }));
  return uses;
}

/** Checks a request's document and variables against INPUT_LIMITS; throws a coded GraphQLError. */
export function checkRequest(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): void {
  const uses = checkedDocument(schema, document);
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return;
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (!variables || !(name in variables)) continue;
    const type = (typeFromAST(schema, def.type as never) ?? null) as GraphQLInputType | null;
    const at = uses.get(name) ?? { key: '?', argName: name, depth: 0, listCap: INPUT_LIMITS.list };
    checkValue(variables[name], type, at, at.field ?? `$${name}`);
  }
}

/** The plugin: every operation is checked once it is resolved, before execution (variables are not coerced yet). */
export const inputLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        checkRequest(schema, document, request.operationName, request.variables as Record<string, unknown> | undefined);
      },
    };
  },
};

/**
 * The deepest bracket nesting of a query text, ignoring strings, block strings and comments; stops counting (and
 * answers) as soon as `stopAt` is passed. Linear, no recursion: it runs before graphql's recursive parser sees the text.
 */
export function queryNesting(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === 0x22 /* " */) {
      if (text.startsWith('"""', i)) {
        // A block string ends at the first """ not escaped as \""".
        let end = text.indexOf('"""', i + 3);
        while (end > 0 && text[end - 1] === '\\') end = text.indexOf('"""', end + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28 /* { [ ( */) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    } else if (c === 0x7d || c === 0x5d || c === 0x29 /* } ] ) */) {
      depth -= 1;
    }
  }
  return max;
}

/** The deepest bracket nesting of JSON bytes (strings skipped), stopping once `stopAt` is passed. */
export function jsonNesting(buf: Uint8Array, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x22) {
      for (i++; i < buf.length && buf[i] !== 0x22; i++) if (buf[i] === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return max;
}

/**
 * body-parser's `verify` hook, called with the raw bytes before JSON.parse: a body nested deeper than the limit
 * (a million-deep where parses for a second and cannot be handled further) is refused at once, TOO_DEEP.
 */
export function verifyJsonNesting(_req: unknown, _res: unknown, buf: Buffer): void {
  if (jsonNesting(buf, INPUT_LIMITS.jsonNesting) > INPUT_LIMITS.jsonNesting) {
    throw Object.assign(new Error('JSON body nested too deep'), { status: 400, type: 'entity.too.deep', expose: true });
  }
}

function refuse(res: Response, code: ErrorCode, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/** Express middleware in front of Apollo: the raw query text is bounded before graphql parses it (recursively). */
export function queryTextGuard(req: Request, res: Response, next: NextFunction): void {
  const body = req.body as { query?: unknown } | undefined;
  const query = req.method === 'GET' ? req.query?.query : body?.query;
  if (typeof query === 'string') {
    if (query.length > INPUT_LIMITS.queryChars) {
      return refuse(res, 'TOO_LARGE', `查询文本过长（${query.length} 个字符，最多 ${INPUT_LIMITS.queryChars} 个）；大的值请用变量传递`);
    }
    if (queryNesting(query, INPUT_LIMITS.queryNesting) > INPUT_LIMITS.queryNesting) {
      return refuse(res, 'TOO_DEEP', `查询文本嵌套过深（最多 ${INPUT_LIMITS.queryNesting} 层括号）`);
    }
  }
  next();
}

