#!/usr/bin/env node
// Fails when schema/schema.graphql or src/generated/ differ from what the code and the
// operations generate now (apollo-server's codegen-check idea): regenerate, then ask git.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
run('npm', ['run', '--silent', 'codegen']);
const drift = execFileSync('git', ['status', '--porcelain', '--', 'schema', 'src/generated'], { encoding: 'utf8' }).trim();
if (drift) {
  console.error(`Generated files are stale or untracked:\n${drift}\n\nRun "npm run codegen" and commit the result.`);
  process.exit(1);
}
console.error('codegen: schema/schema.graphql and src/generated/ are up to date.');
