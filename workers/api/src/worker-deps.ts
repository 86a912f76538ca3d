import { createClient } from '@libsql/client/web';
import { openControlDb, openOutbox, type TenantRecord } from '@passerelle/db';
import { createInProcessBackground } from './background/in-process.ts';
import { createQueueBackground } from './background/queue-background.ts';
import type { AppDeps } from './deps.ts';
import { createHttpMailer } from './mail/http-mailer.ts';
import type { Mailer } from './mail/mailer.ts';
import { createOutboxMailer } from './mail/outbox-mailer.ts';
import type { Provisioner } from './provisioning/provisioner.ts';
import { createTursoProvisioner } from './provisioning/turso-provisioner.ts';
import { createFixtureSireneClient } from './sirene/fixture-sirene-client.ts';
import { createRechercheEntreprisesClient } from './sirene/recherche-entreprises-client.ts';
import type { SireneClient } from './sirene/sirene-client.ts';
import { decryptToken } from './tenancy/token-cipher.ts';
import type { WorkerEnv } from './worker-env.ts';

/** Builds the app's dependencies on Cloudflare: Turso over HTTP, the Platform API, a mail API. */
export function createWorkerDeps(env: WorkerEnv): AppDeps {
  const control = openControlDb(createClient({ url: env.CONTROL_DB_URL, authToken: env.CONTROL_DB_TOKEN }));
  // Local mode in workerd catches mail in a database of its own, never in the control DB.
  const outbox =
    env.MODE === 'local' && env.OUTBOX_DB_URL
      ? openOutbox(createClient({ url: env.OUTBOX_DB_URL }))
      : undefined;
  const mailer =
    env.MAIL_API_URL && env.MAIL_API_KEY
      ? createHttpMailer({
          apiUrl: env.MAIL_API_URL,
          apiKey: env.MAIL_API_KEY,
          from: env.MAIL_FROM ?? 'Passerelle <ne-pas-repondre@passerelle.example>',
        })
      : outbox
        ? createOutboxMailer({ outbox })
        : refusingMailer();
  const deps: AppDeps = {
    config: {
      mode: env.MODE,
      authSecret: env.AUTH_SECRET,
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
      ...(env.TENANT_TOKEN_KEY ? { tenantTokenKey: env.TENANT_TOKEN_KEY } : {}),
      ...(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            oidc: {
              id: 'proconnect',
              name: 'ProConnect',
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              ...(env.OIDC_USERINFO_ALG ? { userinfoSignedResponseAlg: env.OIDC_USERINFO_ALG } : {}),
            },
          }
        : {}),
    },
    control,
    async connectTenant(tenant: TenantRecord) {
      const authToken =
        tenant.dbTokenEnc && env.TENANT_TOKEN_KEY
          ? await decryptToken({ sealed: tenant.dbTokenEnc, keyBase64: env.TENANT_TOKEN_KEY })
          : undefined;
      return createClient({ url: tenant.dbUrl, ...(authToken ? { authToken } : {}) });
    },
    provisioner: tursoProvisioner(env),
    mailer,
    ...(outbox ? { outbox } : {}),
    sirene: sireneClient(env),
    background: env.REPLICATION_QUEUE
      ? createQueueBackground(env.REPLICATION_QUEUE)
      : createInProcessBackground({ deps: () => deps, log: console.error }),
  };
  return deps;
}

/** No mail API and no outbox: sending fails loudly instead of losing the mail (the env check forbids it in production). */
function refusingMailer(): Mailer {
  return {
    async send() {
      throw new Error(
        'no mailer configured: set MAIL_API_URL and MAIL_API_KEY (or OUTBOX_DB_URL in local mode)',
      );
    },
  };
}

function tursoProvisioner(env: WorkerEnv): Provisioner {
  if (env.TURSO_ORGANIZATION && env.TURSO_GROUP && env.TURSO_API_TOKEN) {
    return createTursoProvisioner({
      ...(env.TURSO_API_URL ? { apiUrl: env.TURSO_API_URL } : {}),
      organization: env.TURSO_ORGANIZATION,
      group: env.TURSO_GROUP,
      apiToken: env.TURSO_API_TOKEN,
    });
  }
  return {
    kind: 'turso',
    provision: () => Promise.reject(new Error('Turso provisioning is not configured (TURSO_* variables)')),
  };
}

/** The real SIRENE lookup in production; fixtures in local mode (workerd tests, no network). */
function sireneClient(env: WorkerEnv): SireneClient {
  return env.MODE === 'local'
    ? createFixtureSireneClient()
    : createRechercheEntreprisesClient(env.SIRENE_API_URL ? { baseUrl: env.SIRENE_API_URL } : {});
}
