#!/usr/bin/env node
// Runs the TypeScript sources through tsx (esbuild), the same transform vitest uses, so the
// CLI, the server and the tests see identical code (see README: "Why tsx at run time").
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
