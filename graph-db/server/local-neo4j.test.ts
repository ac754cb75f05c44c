import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { jvmArgs, portAnswers } from './local-neo4j';

describe('jvmArgs', () => {
  it('opens the modules Neo4j needs on Java 17 and sizes the heap', () => {
    const args = jvmArgs({ boltPort: 1, dataDir: '/d', heapMb: 2048, pageCacheMb: 512 });
    expect(args).toEqual(
      expect.arrayContaining([
        '-Xmx2048m',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-Dio.netty.tryReflectionSetAccessible=true',
      ]),
    );
  });
});

describe('portAnswers', () => {
  it('sees a listening port and a closed one', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    expect(await portAnswers(address.port)).toBe(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await portAnswers(address.port)).toBe(false);
  });
});

describe('jvmArgs for a bulk load', () => {
  const config = { boltPort: 1, dataDir: '/d', heapMb: 2048, pageCacheMb: 512 };
  it('stops at C1 in a JVM started for one load', () => {
    expect(jvmArgs(config, { bulkLoad: true })).toContain('-XX:TieredStopAtLevel=1');
  });
  it('keeps C2 for a server', () => {
    expect(jvmArgs(config)).not.toContain('-XX:TieredStopAtLevel=1');
  });
});
