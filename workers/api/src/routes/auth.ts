import { Auth } from '@auth/core';
import { DomainError } from '@passerelle/domain';
import { Hono } from 'hono';
import { createAuthConfig } from '../auth/auth-config.ts';
import { consumeRateLimit } from '../auth/rate-limit.ts';
import type { AppEnv } from '../context.ts';
import type { AppDeps } from '../deps.ts';

const DEFAULT_LIMITS = { perEmail: 5, perIp: 30, windowMs: 15 * 60 * 1000 };

/** Auth.js under /api/auth, with magic-link requests rate-limited per e-mail and per IP. */
export function authRoutes(deps: AppDeps) {
  const config = createAuthConfig(deps);
  const limits = deps.config.magicLinkLimits ?? DEFAULT_LIMITS;
  const routes = new Hono<AppEnv>();

  routes.post('/signin/email', async (c, next) => {
    const form = await c.req.raw
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get('email') ?? '')
      .trim()
      .toLowerCase();
    const ip =
      c.req.header('cf-connecting-ip') ??
      (deps.config.trustForwardedFor ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined) ??
      'unknown';
    const now = deps.now?.().getTime() ?? Date.now();
    const within = (key: string, limit: number) =>
      consumeRateLimit({ control: deps.control, key, limit, windowMs: limits.windowMs, now });
    const [ipOk, emailOk] = await Promise.all([
      within(`magic-link:ip:${ip}`, limits.perIp),
      email ? within(`magic-link:email:${email}`, limits.perEmail) : Promise.resolve(true),
    ]);
    if (!ipOk || !emailOk) {
      throw new DomainError({
        code: 'RATE_LIMITED',
        message: 'Trop de demandes de lien de connexion. Réessayez dans quelques minutes.',
      });
    }
    await next();
  });

  routes.all('/*', (c) => Auth(c.req.raw, config));
  return routes;
}
