import type { ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../config';
import { connect } from '../neo4j/connect';
import type { Db } from '../neo4j/db';

/** One CLI sub-command: its options (node:util parseArgs), help text and action. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  run(args: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] }): Promise<number | void>;
}

/** An error the CLI prints as "error: … / next: …" with exit code 1, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Progress and messages for people go to stderr; stdout is for data. */
export const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * Runs `work` against the graph and closes the connection afterwards, whatever happens. A local
 * Neo4j is started detached when needed (it outlives the command). `longWrite` is for commands that
 * write a large batch in one transaction (seed, import): they get an hour unless NEO4J_TX_TIMEOUT_MS is set.
 */
export async function withDb<T>(work: (db: Db, config: Config) => Promise<T>, { longWrite = false } = {}): Promise<T> {
  const config = longWrite ? loadConfig({ NEO4J_TX_TIMEOUT_MS: '3600000', ...process.env }) : loadConfig();
  const conn = await connect(config, say, undefined, { detached: true });
  try {
    return await work(conn.db, config);
  } finally {
    await conn.db.close();
  }
}
