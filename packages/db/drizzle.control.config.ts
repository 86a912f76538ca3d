import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './packages/db/src/control/platform.ts',
    './packages/db/src/control/replication.ts',
    './packages/db/src/control/indicators.ts',
  ],
  out: './migrations/control',
});
