import type { ProvisionedDatabase, Provisioner } from './provisioner.ts';

// Runs in Workers as well as on Node: `fetch` only, no `node:*`.

export type TursoProvisionerOptions = {
  /** Default https://api.turso.tech; tests point it at a local stand-in. */
  apiUrl?: string;
  organization: string;
  /** The group every tenant database is created in (it fixes their locations). */
  group: string;
  /** A Platform API token. Never put in an error message. */
  apiToken: string;
  fetch?: typeof globalThis.fetch;
};

type TursoDatabase = { DbId?: string; Hostname: string; Name: string; group?: string };

// Turso names: lowercase letters, digits and dashes.
const slugPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function tursoDatabaseName({ slug }: { slug: string }): string {
  if (!slugPattern.test(slug)) {
    throw new Error(
      `Cannot provision a Turso database for slug ${JSON.stringify(slug)}: use a-z, 0-9 and dashes`,
    );
  }
  return `passerelle-${slug}`;
}

export function createTursoProvisioner(options: TursoProvisionerOptions): Provisioner {
  const { organization, group, apiToken } = options;
  const apiUrl = (options.apiUrl ?? 'https://api.turso.tech').replace(/\/+$/, '');
  // Called through globalThis: a detached `fetch` throws "Illegal invocation" in Workers.
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const databasesPath = `/v1/organizations/${encodeURIComponent(organization)}/databases`;

  const redact = (text: string) => (apiToken === '' ? text : text.split(apiToken).join('[redacted]'));

  async function call({
    action,
    method,
    path,
    body,
  }: {
    action: string;
    method: string;
    path: string;
    body?: unknown;
  }) {
    const headers: Record<string, string> = { authorization: `Bearer ${apiToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(`${apiUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(redact(`Turso API: ${action} failed: ${reason}`));
    }
  }

  async function failure({ action, response }: { action: string; response: Response }): Promise<Error> {
    const text = await response.text().catch(() => '');
    let detail = text;
    try {
      const parsed = JSON.parse(text) as { error?: unknown; message?: unknown };
      detail = String(parsed.error ?? parsed.message ?? text);
    } catch {
      // not JSON: keep the text
    }
    const suffix = detail.trim() === '' ? '' : `: ${detail.trim().slice(0, 300)}`;
    // The API should never echo the token, but an error message must not be where it leaks.
    return new Error(redact(`Turso API: ${action} failed with HTTP ${response.status}${suffix}`));
  }

  async function readDatabase({ action, response }: { action: string; response: Response }) {
    const { database } = (await response.json()) as { database?: TursoDatabase };
    if (!database?.Hostname) throw new Error(`Turso API: ${action} answered without a database hostname`);
    return database;
  }

  async function createOrFind({ name }: { name: string }): Promise<TursoDatabase> {
    const action = `creating database "${name}" in group "${group}"`;
    const created = await call({ action, method: 'POST', path: databasesPath, body: { name, group } });
    if (created.ok) return readDatabase({ action, response: created });
    if (created.status !== 409) throw await failure({ action, response: created });
    await created.body?.cancel();

    // 409: an earlier run created it (and may have failed later on); take it up again.
    const lookup = `reading existing database "${name}"`;
    const found = await call({
      action: lookup,
      method: 'GET',
      path: `${databasesPath}/${encodeURIComponent(name)}`,
    });
    if (!found.ok) throw await failure({ action: lookup, response: found });
    const database = await readDatabase({ action: lookup, response: found });
    if (database.group !== undefined && database.group !== group) {
      throw new Error(
        `Turso API: database "${name}" already exists in group "${database.group}", not "${group}"`,
      );
    }
    return database;
  }

  async function mintToken({ name }: { name: string }): Promise<string> {
    const action = `creating a token for database "${name}"`;
    // A database token, not a group one: it opens this tenant's database and no other.
    const path = `${databasesPath}/${encodeURIComponent(name)}/auth/tokens?authorization=full-access`;
    const response = await call({ action, method: 'POST', path });
    if (!response.ok) throw await failure({ action, response });
    const { jwt } = (await response.json()) as { jwt?: unknown };
    if (typeof jwt !== 'string' || jwt === '')
      throw new Error(`Turso API: ${action} answered without a token`);
    return jwt;
  }

  return {
    kind: 'turso',
    async provision({ slug }): Promise<ProvisionedDatabase> {
      const name = tursoDatabaseName({ slug });
      const database = await createOrFind({ name });
      return { url: `libsql://${database.Hostname}`, authToken: await mintToken({ name }) };
    },
  };
}
