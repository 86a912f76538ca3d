import type { Client } from '@libsql/client';
import type { ControlDb, Outbox, TenantRecord } from '@passerelle/db';
import type { BackgroundJobs } from './background/background-jobs.ts';
import type { Mailer } from './mail/mailer.ts';
import type { Provisioner } from './provisioning/provisioner.ts';
import type { SireneClient } from './sirene/sirene-client.ts';

export type OidcConfig = {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** ProConnect signs its userinfo answer; a plain OIDC issuer may not. */
  userinfoSignedResponseAlg?: string;
  scope?: string;
};

export type AppConfig = {
  /** `local` is the embedded default: outbox mail, dev pages. */
  mode: 'local' | 'production';
  authSecret: string;
  oidc?: OidcConfig;
  /** How long the registry answer about a tenant is trusted before it is read again. */
  tenantCacheMs?: number;
  /** Magic links a window allows per e-mail and per IP address. */
  magicLinkLimits?: { perEmail: number; perIp: number; windowMs: number };
  /** Behind a trusted proxy only (local mode): read the client IP from X-Forwarded-For. */
  trustForwardedFor?: boolean;
  /** Where people reach the SPA (links in mails sent by jobs, which have no request). */
  publicUrl?: string;
  /** Base64 AES key sealing tenant database tokens in the registry (production). */
  tenantTokenKey?: string;
};

/** Everything the app needs from its runtime; Node and Workers each build one. */
export type AppDeps = {
  config: AppConfig;
  control: ControlDb;
  /** Opens the libSQL client of one tenant's database (called once per tenant and cached). */
  connectTenant: (tenant: TenantRecord) => Promise<Client>;
  provisioner: Provisioner;
  mailer: Mailer;
  /** Local mode: the mail catcher the outbox mailer writes to (its own database, never the control DB). */
  outbox?: Outbox;
  sirene: SireneClient;
  /** Work that outlives a request: replications, onboardings (a queue on Workers, in-process on Node). */
  background: BackgroundJobs;
  now?: () => Date;
};
