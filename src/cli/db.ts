import { loadConfig } from '../config';
import { PROJECT_ROOT } from '../config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local-server';
import { CliError, say, type Command } from './command';

export const dbCommand: Command = {
  name: 'db',
  summary: 'manage the local Neo4j: start (in the background), stop, status',
  usage: 'prevention-graph db start|stop|status',
  async run({ positionals }) {
    const action = positionals[0];
    const config = loadConfig();
    if (config.neo4j.uri) {
      say(`NEO4J_URI is set (${config.neo4j.uri}): the project uses that server and manages no local one.`);
      return;
    }
    const home = config.local.home;
    switch (action) {
      case 'start': {
        const h = await startLocalNeo4j({
          projectRoot: PROJECT_ROOT,
          home,
          boltPort: config.local.boltPort,
          heap: config.local.heap,
          pageCache: config.local.pageCache,
          log: say,
          detached: true,
        });
        say(`${h.startedHere ? 'Started' : 'Already running:'} Neo4j at ${h.uri} (pid ${h.pid}); log: ${h.logFile}`);
        return;
      }
      case 'stop':
        say((await stopLocalNeo4j(home)) ? 'Stopped the local Neo4j.' : 'The local Neo4j was not running.');
        return;
      case 'status': {
        const s = await localNeo4jStatus(home);
        say(s.running ? `running at ${s.uri} (pid ${s.pid}); log: ${s.logFile}` : `not running; log: ${s.logFile}`);
        return s.running ? 0 : 3;
      }
      default:
        throw new CliError(`Unknown db action "${action ?? ''}".`, 'Use: prevention-graph db start|stop|status');
    }
  },
};
