import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { FIXED_RESPONSE_HEADERS } from '@/config/security-headers';
import { repositories } from '@/graph-db/repositories';
import { closeDriver, resetDatabase } from '@/graph-db/testing/test-database';
import { createGraphQLEndpoint } from '../http/endpoint';
import { createNodeGraphQLHandler } from '../http/node-transport';

/**
 * For a test file: an emptied database, and the endpoint on the production Node transport (as
 * `npm start` serves it) on a free local port for the file's tests; `origin` is set before them.
 */
export function serveGraphQLPerFile(): { origin: string } {
  const served = { origin: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    await resetDatabase();
    const handler = createNodeGraphQLHandler(createGraphQLEndpoint({ db: repositories }), {
      headers: FIXED_RESPONSE_HEADERS,
    });
    const listening = createServer(handler);
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    served.origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await closeDriver();
  });
  return served;
}
