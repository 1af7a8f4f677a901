import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { schemaSdl } from '../schema';
import { say, type Command } from './command';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const schemaCommand: Command = {
  name: 'schema:emit',
  summary: 'write the SDL built from the code to schema/schema.graphql (never edit that file by hand)',
  usage: 'prevention-graph schema:emit [--stdout]',
  options: { stdout: { type: 'boolean' } },
  async run({ values }) {
    const sdl = await schemaSdl();
    if (values.stdout) {
      process.stdout.write(sdl);
      return;
    }
    await writeFile(SCHEMA_FILE, `# Generated from the TypeScript code by \`npm run codegen\`. Do not edit.\n\n${sdl}`);
    say(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  },
};
