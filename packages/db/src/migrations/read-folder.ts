import { readFileSync } from 'node:fs';
import type { Migration } from './migration.ts';

type Journal = { entries: { idx: number; tag: string }[] };

/** Reads a drizzle-kit migrations folder (journal + SQL files) in journal order. Node only. */
export function readMigrationsFolder(folder: URL): Migration[] {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', folder), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: readFileSync(new URL(`${tag}.sql`, folder), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    }));
}
