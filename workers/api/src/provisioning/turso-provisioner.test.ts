import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTursoApiStandin, type TursoApiStandin } from '../../../../test/support/turso-api-standin.ts';
import { createTursoProvisioner } from './turso-provisioner.ts';

const apiToken = 'platform-token-do-not-leak';
let api: TursoApiStandin;

beforeEach(async () => {
  api = await startTursoApiStandin({ organization: 'passerelle', apiToken, groups: ['default', 'tenants'] });
});

afterEach(async () => {
  await api.close();
});

/** The error a provisioning rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected provisioning to fail');
    },
    (error: Error) => error,
  );
}

const provisioner = (overrides: { apiToken?: string } = {}) =>
  createTursoProvisioner({
    apiUrl: api.url,
    organization: 'passerelle',
    group: 'tenants',
    apiToken,
    ...overrides,
  });

describe('createTursoProvisioner', () => {
  it('creates the tenant database in the configured group and returns its libsql URL', async () => {
    const provisioned = await provisioner().provision({ slug: 'clermont-ferrand' });

    expect(provisioned.url).toBe('libsql://passerelle-clermont-ferrand-passerelle.turso.io');
    expect(api.databases.get('passerelle-clermont-ferrand')?.group).toBe('tenants');
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/organizations/passerelle/databases',
      body: { name: 'passerelle-clermont-ferrand', group: 'tenants' },
      authorization: `Bearer ${apiToken}`,
    });
  });

  it('mints a full-access token scoped to that one database', async () => {
    const { authToken } = await provisioner().provision({ slug: 'suresnes' });
    await provisioner().provision({ slug: 'province-sud' });

    const claims = api.decodeToken(authToken!);
    expect(claims).toMatchObject({ a: 'rw', id: api.databases.get('passerelle-suresnes')?.DbId });
    expect(claims.id).not.toBe(api.databases.get('passerelle-province-sud')?.DbId);
    expect(api.requests[1]).toMatchObject({
      method: 'POST',
      path: '/v1/organizations/passerelle/databases/passerelle-suresnes/auth/tokens',
      query: { authorization: 'full-access' },
    });
  });

  it('takes up an existing database when re-run (409), so provisioning can resume', async () => {
    const first = await provisioner().provision({ slug: 'suresnes' });
    const again = await provisioner().provision({ slug: 'suresnes' });

    expect(again.url).toBe(first.url);
    expect(api.decodeToken(again.authToken!).id).toBe(api.databases.get('passerelle-suresnes')?.DbId);
    expect(api.databases.size).toBe(1);
    expect(api.requests.slice(2).map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/organizations/passerelle/databases',
      'GET /v1/organizations/passerelle/databases/passerelle-suresnes',
      'POST /v1/organizations/passerelle/databases/passerelle-suresnes/auth/tokens',
    ]);
  });

  it('refuses to take up a database of the same name in another group', async () => {
    await createTursoProvisioner({
      apiUrl: api.url,
      organization: 'passerelle',
      group: 'default',
      apiToken,
    }).provision({
      slug: 'elsewhere',
    });
    await expect(provisioner().provision({ slug: 'elsewhere' })).rejects.toThrow(
      /group "default", not "tenants"/,
    );
  });

  it('says clearly when the API token is refused, without repeating it', async () => {
    const error = await rejection(provisioner({ apiToken: 'wrong-token' }).provision({ slug: 'suresnes' }));

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/creating database "passerelle-suresnes".*HTTP 401/);
    expect(error.message).not.toContain('wrong-token');
    expect(api.databases.size).toBe(0);
  });

  it('reports an API failure with its status and never the token, even if the API echoes it', async () => {
    api.failNext({ status: 500, body: { error: `internal error while handling Bearer ${apiToken}` } });
    const error = await rejection(provisioner().provision({ slug: 'suresnes' }));

    expect(error.message).toMatch(/HTTP 500: internal error while handling Bearer \[redacted\]/);
    expect(error.message).not.toContain(apiToken);
  });

  it('rejects a slug Turso could not name a database after, before calling the API', async () => {
    await expect(provisioner().provision({ slug: 'Not A Slug' })).rejects.toThrow(/slug/);
    expect(api.requests).toHaveLength(0);
  });
});
