import { parseInput } from '../shared/validation.ts';
import { ProgramTemplateDefinition } from './definition.ts';
import { fieldLabel } from './field-labels.ts';
import {
  comparePaths,
  type FieldValue,
  flattenDefinition,
  sameValue,
  unflattenDefinition,
} from './fields.ts';

/**
 * One field a new template version changes, seen from an adopting tenant: the value of the version
 * it adopted (`base`), its own value now (`local`) and the new version's (`target`). `localChanged`
 * says the tenant had changed it; `conflict`, that the tenant and the template changed it differently.
 */
export type FieldChange = {
  path: string;
  label: string;
  base: FieldValue | undefined;
  local: FieldValue | undefined;
  target: FieldValue | undefined;
  localChanged: boolean;
  conflict: boolean;
  /** The tenant already has the new value (it made the same change itself). */
  alreadyApplied: boolean;
};

/** A field the tenant changed since it adopted the template. */
export type LocalChange = {
  path: string;
  label: string;
  base: FieldValue | undefined;
  local: FieldValue | undefined;
};

function changedPaths(a: Record<string, FieldValue>, b: Record<string, FieldValue>): string[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((p) => !sameValue(a[p], b[p])).sort(comparePaths);
}

/** What a new version changes, field by field, against the tenant's copy (a three-way diff). */
export function diffTemplateVersions(input: {
  base: ProgramTemplateDefinition;
  local: ProgramTemplateDefinition;
  target: ProgramTemplateDefinition;
}): FieldChange[] {
  const base = flattenDefinition(input.base);
  const local = flattenDefinition(input.local);
  const target = flattenDefinition(input.target);
  return changedPaths(base, target).map((path) => {
    const localChanged = !sameValue(base[path], local[path]);
    const alreadyApplied = sameValue(local[path], target[path]);
    return {
      path,
      label: fieldLabel(path),
      base: base[path],
      local: local[path],
      target: target[path],
      localChanged,
      conflict: localChanged && !alreadyApplied,
      alreadyApplied,
    };
  });
}

/** The fields a tenant changed in its copy since the version it adopted. */
export function localChanges(
  base: ProgramTemplateDefinition,
  local: ProgramTemplateDefinition,
): LocalChange[] {
  const flatBase = flattenDefinition(base);
  const flatLocal = flattenDefinition(local);
  return changedPaths(flatBase, flatLocal).map((path) => ({
    path,
    label: fieldLabel(path),
    base: flatBase[path],
    local: flatLocal[path],
  }));
}

/**
 * The tenant's copy with the chosen fields of the new version applied and every other field kept.
 * The result is validated whole: a combination that does not hold together (e.g. a signatory list
 * with no partner) is refused with the field named, and nothing is written.
 */
export function applyTemplateFields(input: {
  local: ProgramTemplateDefinition;
  target: ProgramTemplateDefinition;
  paths: readonly string[];
}): ProgramTemplateDefinition {
  const flat = flattenDefinition(input.local);
  const target = flattenDefinition(input.target);
  for (const path of input.paths) {
    if (path in target) flat[path] = target[path]!;
    else delete flat[path];
  }
  return parseInput(ProgramTemplateDefinition, unflattenDefinition(flat));
}
