/** `npm run neo4j -- start|stop|status`: manage the project's own local Neo4j by hand. */
import { readLocalNeo4jConfig } from '../config/neo4j';
import {
  buildLauncher,
  portAnswers,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../graph-db/server/local-neo4j';
import { exitOnKnownError } from './lib/local-database';

const command = process.argv[2] ?? 'status';
const config = readLocalNeo4jConfig();

try {
  switch (command) {
    case 'build':
      buildLauncher();
      console.log('The local Neo4j launcher is built.');
      break;
    case 'start': {
      const running = await startLocalNeo4j(config);
      console.log(
        `Local Neo4j ${running.version} on ${running.uri} (pid ${running.pid}); stop it with \`npm run neo4j -- stop\`.`,
      );
      break;
    }
    case 'stop':
      console.log(
        (await stopLocalNeo4j(config)) ? 'Stopped the local Neo4j.' : 'No local Neo4j was running.',
      );
      break;
    case 'status':
      console.log(
        (await portAnswers(config.boltPort))
          ? `Something answers on 127.0.0.1:${config.boltPort}.`
          : `Nothing answers on 127.0.0.1:${config.boltPort}.`,
      );
      break;
    default:
      console.error(`Unknown command '${command}'. Use build, start, stop or status.`);
      process.exit(2);
  }
} catch (error) {
  exitOnKnownError(error);
}
