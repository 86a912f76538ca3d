import * as z from 'zod/mini';
import type { JobQueue } from './background/queue-background.ts';

const optional = () => z.optional(z.string().check(z.minLength(1)));

/** The Worker's environment, checked before the app runs: a missing secret fails loudly at once. */
export const WorkerEnv = z
  .object({
    MODE: z._default(z.enum(['production', 'local']), 'production'),
    CONTROL_DB_URL: z
      .string()
      .check(z.regex(/^(libsql|https?):\/\//, 'CONTROL_DB_URL must be a libsql:// or http(s):// URL')),
    CONTROL_DB_TOKEN: optional(),
    AUTH_SECRET: z.string().check(z.minLength(32, 'AUTH_SECRET must be at least 32 characters')),
    TENANT_TOKEN_KEY: optional(),
    TURSO_API_URL: optional(),
    TURSO_ORGANIZATION: optional(),
    TURSO_GROUP: optional(),
    TURSO_API_TOKEN: optional(),
    MAIL_API_URL: optional(),
    MAIL_API_KEY: optional(),
    MAIL_FROM: optional(),
    // Local mode only: where the mail catcher keeps what would have been sent (a libSQL URL).
    OUTBOX_DB_URL: optional(),
    PUBLIC_URL: optional(),
    SIRENE_API_URL: optional(),
    OIDC_ISSUER: optional(),
    OIDC_CLIENT_ID: optional(),
    OIDC_CLIENT_SECRET: optional(),
    OIDC_USERINFO_ALG: optional(),
    // The Cloudflare Queue the API hands replications and onboardings to; without it (local mode in
    // workerd) they run in the isolate, kept alive by waitUntil.
    REPLICATION_QUEUE: z.optional(
      z.custom<JobQueue>(
        (v) => typeof v === 'object' && v !== null && typeof (v as { send?: unknown }).send === 'function',
        'REPLICATION_QUEUE must be a Queue binding',
      ),
    ),
  })
  .check(
    // Production mail leaves through the API; without it a magic link would silently go nowhere.
    z.refine((env) => env.MODE !== 'production' || (!!env.MAIL_API_URL && !!env.MAIL_API_KEY), {
      message: 'MAIL_API_URL and MAIL_API_KEY are required in production',
      path: ['MAIL_API_URL'],
    }),
  );
export type WorkerEnv = z.infer<typeof WorkerEnv>;
