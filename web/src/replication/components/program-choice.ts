import { programKindLabels } from '../labels.ts';
import type { ProgramKind } from '../types.ts';

// Publishing a tenant's program as a template (national) and proposing one (tenant) both choose a
// program among a tenant's: one value carries its kind and id.

type Program = { id: string; name: string; season: string };

/** A program as one choice: its kind and id in the value, its name, kind and season in the label. */
export function programChoice(kind: ProgramKind, program: Program) {
  return {
    value: `${kind}-${program.id}`,
    label: `${program.name} — ${programKindLabels[kind]}, ${program.season}`,
  };
}

export function splitProgramChoice(value: string): { programKind: ProgramKind; programId: string } {
  const split = value.indexOf('-');
  return { programKind: value.slice(0, split) as ProgramKind, programId: value.slice(split + 1) };
}

/** Ids of a form's fields; the server's `programKind` / `programId` errors land on the program choice. */
export const programFormIds = (prefix: string) => (field: string) =>
  `${prefix}-${field === 'programId' || field === 'programKind' ? 'program' : field}`;
