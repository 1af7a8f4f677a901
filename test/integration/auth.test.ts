import { afterAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/context';
import { Authenticator } from '../../src/auth/authenticator';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../../src/generated/graphql';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { fixturePrefix } from '../helpers/fixtures';
import { cli } from '../helpers/cli';

const root: Viewer = { name: 'root', role: 'admin' };

describe('API keys', () => {
  const db = testDb();
  const p = fixturePrefix(db);
  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DELETE k', { p }));
  });

  it('lets only admins make keys', async () => {
    expectError(await gql(CreateApiKeyDocument, { name: `${p}-x`, role: 'EDITOR' }), 'UNAUTHENTICATED');
    expectError(await gql(CreateApiKeyDocument, { name: `${p}-x`, role: 'EDITOR' }, { name: 'ana', role: 'editor' }), 'FORBIDDEN');
    expectError(await gql(ApiKeysDocument, {}, { name: 'rita', role: 'reader' }), 'FORBIDDEN');
  });

  it('shows a new key once, stores only its hash, and authenticates with it until revoked', async () => {
    const { createApiKey } = dataOf(await gql(CreateApiKeyDocument, { name: `${p}-ana`, role: 'EDITOR' }, root));
    expect(createApiKey).toMatchObject({ name: `${p}-ana`, role: 'EDITOR' });
    expect(createApiKey.key.length).toBeGreaterThanOrEqual(40);
    const [stored] = await db.query<{ k: Record<string, unknown> }>('MATCH (k:ApiKey {name: $name}) RETURN properties(k) AS k', {
      name: `${p}-ana`,
    });
    expect(Object.values(stored!.k)).not.toContain(createApiKey.key);
    expect(stored!.k).toMatchObject({ role: 'editor', createdBy: 'root' });

    const listed = dataOf(await gql(ApiKeysDocument, {}, root)).apiKeys.find((k) => k.name === `${p}-ana`);
    expect(listed).toEqual({ name: `${p}-ana`, role: 'EDITOR', origin: 'stored', createdAt: createApiKey.createdAt, createdBy: 'root' });

    const auth = new Authenticator(db, { apiKeys: '', requireApiKey: false });
    expect(await auth.viewerOf(`Bearer ${createApiKey.key}`)).toEqual({ name: `${p}-ana`, role: 'editor' });
    expect(dataOf(await gql(RevokeApiKeyDocument, { name: `${p}-ana` }, root, auth)).revokeApiKey).toBe(true);
    // Revocation clears the revoking server's cache at once.
    await expect(auth.viewerOf(`Bearer ${createApiKey.key}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expectError(await gql(RevokeApiKeyDocument, { name: `${p}-ana` }, root), 'NOT_FOUND');
  });

  it('refuses taken, reserved and malformed names', async () => {
    dataOf(await gql(CreateApiKeyDocument, { name: `${p}-bo`, role: 'READER' }, root));
    expectError(await gql(CreateApiKeyDocument, { name: `${p}-bo`, role: 'ADMIN' }, root), 'CONFLICT');
    expect(expectError(await gql(CreateApiKeyDocument, { name: 'seed', role: 'ADMIN' }, root), 'BAD_USER_INPUT').extensions?.field).toBe(
      'name',
    );
    expect(expectError(await gql(CreateApiKeyDocument, { name: 'a b"c', role: 'ADMIN' }, root), 'BAD_USER_INPUT').extensions?.field).toBe(
      'name',
    );
  });

  it('has a CLI that prints the key once on stdout and revokes by name', async () => {
    const made = await cli(['keys', 'create', '--name', `${p}-cli`, '--role', 'editor']);
    expect(made.code, made.stderr).toBe(0);
    const key = made.stdout.trim();
    expect(key).toMatch(/^pg_[\w-]{40,}$/);
    expect(made.stderr).toMatch(/store it now/);
    const fresh = () => new Authenticator(db, { apiKeys: '', requireApiKey: false });
    expect(await fresh().viewerOf(`Bearer ${key}`)).toEqual({ name: `${p}-cli`, role: 'editor' });
    const revoked = await cli(['keys', 'revoke', '--name', `${p}-cli`]);
    expect(revoked.code, revoked.stderr).toBe(0);
    await expect(fresh().viewerOf(`Bearer ${key}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const again = await cli(['keys', 'revoke', '--name', `${p}-cli`]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No stored API key/);
  });
});
