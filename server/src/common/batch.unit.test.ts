import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { MAX_BATCH, checkBatch } from './batch.js';

// Unit tier: the one guard on the size of bulk mutations.

describe('checkBatch', () => {
  it('lets a batch of up to MAX_BATCH rows through', () => {
    expect(() => checkBatch([], 'input')).not.toThrow();
    expect(() => checkBatch(new Array(MAX_BATCH).fill(0), 'input')).not.toThrow();
  });

  it('refuses one row more with OUT_OF_RANGE on the named argument, saying both numbers', () => {
    let err: unknown;
    try {
      checkBatch(new Array(MAX_BATCH + 1).fill(0), 'rows');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions).toEqual({ code: 'OUT_OF_RANGE', field: 'rows' });
    expect((err as GraphQLError).message).toBe(`一次最多提交 ${MAX_BATCH} 行，本次 ${MAX_BATCH + 1} 行；请分批提交`);
  });

  it('takes a smaller limit where a caller sets one', () => {
    expect(() => checkBatch([1, 2, 3], 'ids', 2)).toThrow(/一次最多提交 2 行，本次 3 行/);
  });
});
