export type Migration = { tag: string; statements: string[] };
