/**
 * The production web server: Next's request handler behind a Node HTTP server that owns the
 * client address. Next alone keeps whatever X-Forwarded-For a client sends, which would let any
 * client pick its own rate-limit bucket; here the header is rewritten from the socket, trusting
 * only the proxies listed in NARRAGRAPH_TRUSTED_PROXIES.
 *
 * /api/graphql is answered here, before Next's router, by the same endpoint as the Next route
 * (graphql/http/endpoint.ts) on Node's own request and response: Next's routing and Fetch wrapping
 * cost about 2 ms of CPU per request, as much as a whole search's driver work.
 *
 * Usage: tsx scripts/serve.ts [-p <port>] (PORT and HOSTNAME from env otherwise).
 */
import { createServer } from 'node:http';
import next from 'next';
import { FIXED_RESPONSE_HEADERS } from '../config/security-headers';
import { readCache, repositories } from '../graph-db/repositories/process-repositories';
import { readApiSettings, readHttpSettings } from '../config/server';
import { createGraphQLEndpoint } from '../graphql/http/endpoint';
import { createNodeGraphQLHandler } from '../graphql/http/node-transport';
import { forwardedFor, trustedProxySet } from './lib/client-address';

const http = readHttpSettings();
const portFlag = process.argv.indexOf('-p');
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : http.port;
const hostname = http.hostname;
process.env.NEXT_TELEMETRY_DISABLED = '1';

const trusted = trustedProxySet(http.trustedProxies);
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
// Benchmarks classify answers and time their phases by headers (graphql/execution/request-trace.ts).
const { cacheHeader, serverTiming } = readApiSettings();
const api = createNodeGraphQLHandler(
  createGraphQLEndpoint({
    db: repositories,
    readCache,
  }),
  { headers: FIXED_RESPONSE_HEADERS, cacheHeader, serverTiming },
);
await app.prepare();

/** The GraphQL endpoint's own path; anything else (a trailing slash included) is Next's. */
function isGraphQLPath(url: string | undefined): boolean {
  return url === '/api/graphql' || url?.startsWith('/api/graphql?') === true;
}

const server = createServer((request, response) => {
  request.headers['x-forwarded-for'] = forwardedFor(
    request.socket.remoteAddress,
    request.headers['x-forwarded-for'],
    trusted,
  );
  if (isGraphQLPath(request.url)) api(request, response);
  else void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(
    `Next is serving on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  );
});

const shutdown = () => {
  server.close(() => process.exit(0));
  // Keep-alive sockets would hold close() open; do not wait for them forever.
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
