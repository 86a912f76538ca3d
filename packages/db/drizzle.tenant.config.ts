import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './packages/db/src/tenant/schema.ts',
    './packages/db/src/tenant/conventions.ts',
    './packages/db/src/tenant/mentoring.ts',
    './packages/db/src/tenant/discovery.ts',
    './packages/db/src/tenant/replication.ts',
  ],
  out: './migrations/tenant',
});
