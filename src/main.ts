import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError } from './config';
import { AppError } from './errors';
import { ProvisioningError } from './neo4j/local-server';
import { CliError, type Command } from './cli/command';
import { serveCommand } from './cli/serve';
import { seedCommand } from './cli/seed';
import { dbCommand } from './cli/db';
import { schemaCommand } from './cli/schema';
import { importCommand } from './cli/import';
import { keysCommand } from './cli/keys';
import { exportCommand } from './cli/export';
import { inferCommand } from './cli/infer';
import { cascadesCommand } from './cli/cascades';

/** Every sub-command of `prevention-graph`. */
export const COMMANDS: Command[] = [
  serveCommand,
  seedCommand,
  dbCommand,
  schemaCommand,
  importCommand,
  keysCommand,
  exportCommand,
  inferCommand,
  cascadesCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'prevention-graph — a knowledge graph of city-led prevention practice (Neo4j + GraphQL)',
    '',
    'Usage: prevention-graph <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "prevention-graph <command> --help" for a command\'s options.',
    'Configuration comes from the environment (see README.md): NEO4J_URI to use an existing',
    'Neo4j instead of the local one, PORT, HOST, API_KEYS, LOG_LEVEL…',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
    return (await command.run({ values, positionals })) ?? 0;
  } catch (err) {
    return report(err);
  }
}

/** Prints what went wrong and what to do next; no stack traces for expected failures. */
function report(err: unknown): number {
  const e = err as Error & { hint?: string; code?: string };
  if (err instanceof CliError || err instanceof ProvisioningError || err instanceof ConfigError || err instanceof AppError) {
    process.stderr.write(`error: ${e.message}\n`);
    if (e.hint) process.stderr.write(`next: ${e.hint}\n`);
    return 1;
  }
  if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    process.stderr.write(`error: ${e.message}\nnext: run with --help to see the options.\n`);
    return 2;
  }
  process.stderr.write(`error: ${e?.stack ?? String(err)}\n`);
  return 1;
}
