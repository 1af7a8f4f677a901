import type { ParseArgsConfig } from 'node:util';

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
