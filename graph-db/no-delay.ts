import net from 'node:net';
import tls from 'node:tls';

/**
 * The driver writes a Bolt message in 1,400-byte chunks on a socket with Nagle's algorithm on (it
 * has no option for TCP_NODELAY). A message longer than one chunk (a statement with a list of a
 * few hundred ids, an ingest batch) then waits for the server's delayed ACK, 40 ms on Linux, on
 * every statement. Node's HTTP clients turn Nagle off; this does the same for every socket opened
 * through `net.connect` / `tls.connect`, which is how the driver connects. Idempotent.
 */
export function disableNagleOnConnect(): void {
  if (patched) return;
  patched = true;
  const connectNet = net.connect;
  const connectTls = tls.connect;
  (net as { connect: typeof net.connect }).connect = ((...args: Parameters<typeof net.connect>) =>
    connectNet(...args).setNoDelay(true)) as typeof net.connect;
  (tls as { connect: typeof tls.connect }).connect = ((...args: Parameters<typeof tls.connect>) =>
    connectTls(...args).setNoDelay(true)) as typeof tls.connect;
}

let patched = false;
