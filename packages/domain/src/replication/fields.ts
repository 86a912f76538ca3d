import type { ProgramTemplateDefinition } from './definition.ts';

// A definition seen as a flat list of fields, so a tenant reviews a new version one field at a
// time. Objects open into their keys; arrays stay one field (a list of levels is one choice), but
// a convention's clauses open one per article, because articles are what people edit.

export type FieldValue = string | number | boolean | null | readonly unknown[] | Record<string, unknown>;
export type FlatDefinition = Record<string, FieldValue>;

const SPLIT_ARRAYS = new Set(['conventionTemplate.clauses']);

export function flattenDefinition(definition: ProgramTemplateDefinition): FlatDefinition {
  const flat: FlatDefinition = {};
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value) && SPLIT_ARRAYS.has(path)) {
      value.forEach((item, index) => {
        flat[`${path}.${index}`] = item as FieldValue;
      });
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) {
        if (inner !== undefined) visit(inner, path ? `${path}.${key}` : key);
      }
    } else if (value !== undefined) {
      flat[path] = value as FieldValue;
    }
  };
  visit(definition, '');
  return flat;
}

/** The inverse of `flattenDefinition`: split arrays come back dense, in index order. */
export function unflattenDefinition(flat: FlatDefinition): unknown {
  const root: Record<string, unknown> = {};
  for (const path of Object.keys(flat).sort(comparePaths)) {
    const keys = path.split('.');
    let node: Record<string, unknown> = root;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = flat[path];
  }
  for (const arrayPath of SPLIT_ARRAYS) densify(root, arrayPath.split('.'));
  return root;
}

function densify(root: Record<string, unknown>, keys: string[]) {
  let parent: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null) return;
    parent = parent[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  const holder = parent[last];
  if (holder && typeof holder === 'object' && !Array.isArray(holder)) {
    parent[last] = Object.keys(holder)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => (holder as Record<number, unknown>)[index])
      .filter((item) => item !== undefined);
  }
}

/** Paths in reading order: numeric segments compare as numbers (article 10 after article 9). */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Structural equality of two field values (JSON data only). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
