import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jUnavailableError, isUnavailableError } from './driver';

describe('isUnavailableError', () => {
  it('recognises the driver’s and the server’s "cannot serve now" errors', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      // What a server answers while its database shuts down (seen when Neo4j stops under traffic).
      'Neo.TransientError.General.DatabaseUnavailable',
      'Neo.TransientError.Database.DatabaseUnavailable',
    ]) {
      expect(isUnavailableError(new Neo4jError('down', code, '50N42', 'unavailable')), code).toBe(
        true,
      );
    }
    expect(isUnavailableError(new Neo4jUnavailableError('down'))).toBe(true);
    expect(
      isUnavailableError(
        new Error(
          'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.',
        ),
      ),
    ).toBe(true);
    // Neo4j killed during a connection's login (seen in the outage test).
    expect(
      isUnavailableError(
        new Neo4jError('Connection was closed by server', 'ProtocolError', '50N42', 'unexpected'),
      ),
    ).toBe(true);
    expect(
      isUnavailableError(
        new Neo4jError(
          'Failed to connect to server. Please ensure that your database is listening on the correct host and port. Caused by: read ECONNRESET',
          'ProtocolError',
          '50N42',
          'unexpected',
        ),
      ),
    ).toBe(true);
  });

  it('leaves query errors, timeouts and non-errors alone', () => {
    expect(
      isUnavailableError(new Neo4jError('Unknown message type', 'ProtocolError', '50N42', 'x')),
    ).toBe(false);
    for (const code of [
      'Neo.ClientError.Statement.SyntaxError',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Security.Unauthorized',
      'Neo.TransientError.Transaction.DeadlockDetected',
    ]) {
      expect(isUnavailableError(new Neo4jError('no', code, '42001', 'rejected')), code).toBe(false);
    }
    expect(isUnavailableError(new Error('boom'))).toBe(false);
    expect(isUnavailableError('ServiceUnavailable')).toBe(false);
    expect(isUnavailableError(undefined)).toBe(false);
  });
});
