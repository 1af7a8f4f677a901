import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { parseApiKeys, resolveViewer } from '../../src/auth/keys';

describe('loadConfig', () => {
  it('has defaults a newcomer can run with', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
  });

  it('names the variable and the bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a whole number .* "abc"/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ REQUIRE_API_KEY: 'maybe' })).toThrow(/REQUIRE_API_KEY must be true or false/);
  });

  it('accepts cluster and Aura URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687' }).neo4j.uri).toBe('neo4j://core1:7687');
  });
});

describe('API keys', () => {
  const keys = parseApiKeys('ana:editor:0123456789abcdef0123,root:admin:zzzzzzzzzzzzzzzzzzzz');

  it('maps a bearer key to its name and role, and no header to anonymous', async () => {
    expect(await resolveViewer('Bearer 0123456789abcdef0123', keys)).toEqual({ name: 'ana', role: 'editor' });
    expect(await resolveViewer(undefined, keys)).toEqual({ name: 'anonymous', role: null });
  });

  it('refuses unknown keys instead of treating them as anonymous', async () => {
    await expect(resolveViewer('Bearer nope-nope-nope-nope', keys)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(resolveViewer('Basic abc', keys)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('rejects malformed key specs with the entry number', () => {
    expect(() => parseApiKeys('ana:boss:0123456789abcdef0123')).toThrow(/entry 1: role must be one of/);
    expect(() => parseApiKeys('ana:editor:short')).toThrow(/at least 16/);
  });
});
