import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from './pagination';

describe('cursor codec', () => {
  it('round-trips every offset', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), (n) => {
        expect(decodeCursor(encodeCursor(n))).toBe(n);
      }),
    );
  });

  it('is opaque base64url', () => {
    expect(encodeCursor(12)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCursor(12)).not.toContain('12');
  });

  it('rejects foreign and forged cursors', () => {
    for (const bad of [
      '',
      'abc',
      Buffer.from('o1:-1').toString('base64url'),
      Buffer.from('o1:01').toString('base64url'),
      Buffer.from('x:1').toString('base64url'),
      'a'.repeat(100),
      'a+b/',
    ]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});

describe('pageWindow', () => {
  it('defaults to 25 from the start and continues after a cursor', () => {
    expect(pageWindow({})).toEqual({ offset: 0, first: 25 });
    expect(pageWindow({ first: 10, after: encodeCursor(9) })).toEqual({ offset: 10, first: 10 });
  });

  it('rejects sizes outside 1..100 and bad cursors with BAD_USER_INPUT', () => {
    for (const args of [
      { first: 0 },
      { first: 101 },
      { first: 1.5 },
      { after: 'zzz' },
      { after: encodeCursor(20_000) },
    ]) {
      let caught: unknown;
      try {
        pageWindow(args);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GraphQLError);
      expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('toConnection', () => {
  it('uses the extra row for hasNextPage and counts lazily, once', async () => {
    let counted = 0;
    const connection = toConnection(
      { offset: 2, first: 2 },
      ['a', 'b', 'c'],
      (row, cursor) => ({ row, cursor }),
      () => {
        counted += 1;
        return Promise.resolve(7);
      },
    );
    expect(connection.edges.map((e) => e.row)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(counted).toBe(0);
    expect(await connection.totalCount()).toBe(7);
    await connection.totalCount();
    expect(counted).toBe(1);
  });

  it('has null cursors on an empty page', () => {
    const connection = toConnection(
      { offset: 0, first: 5 },
      [],
      (row: string, cursor) => ({ row, cursor }),
      () => Promise.resolve(0),
    );
    expect(connection.pageInfo).toMatchObject({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
