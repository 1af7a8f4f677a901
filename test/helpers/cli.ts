import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Runs the real CLI (`node bin/prevention-graph.js …`) against the test run's Neo4j.
 * Resolves with the exit code and both streams; never rejects on a non-zero exit.
 */
export function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const conn = inject('neo4j');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'prevention-graph.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USERNAME: conn.username,
        NEO4J_PASSWORD: conn.password,
        NEO4J_DATABASE: conn.database,
        API_KEYS: '',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
