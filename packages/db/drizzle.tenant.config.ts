import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './packages/db/src/tenant/schema.ts',
  out: './migrations/tenant',
});
