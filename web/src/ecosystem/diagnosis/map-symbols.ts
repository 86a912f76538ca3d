import { plural } from '../../lib/labels.ts';
import type { Commune } from '../types.ts';

export type SymbolKind = 'gap' | 'covered' | 'none';

/** A REP/REP+ school with no program outweighs the programs the commune has otherwise. */
export function symbolKind(commune: Commune): SymbolKind {
  if (commune.prioritySchoolsWithoutProgram > 0) return 'gap';
  return commune.programs.length > 0 ? 'covered' : 'none';
}

/** What a symbol says to a screen reader and in its tooltip: the same facts as the list. */
export function describeCommune(commune: Commune): string {
  const parts = [
    plural(commune.actors, 'acteur', 'acteurs'),
    plural(commune.schools, 'établissement scolaire', 'établissements scolaires'),
  ];
  if (commune.rep + commune.repPlus > 0) parts.push(`dont ${commune.rep} REP et ${commune.repPlus} REP+`);
  const programs = commune.programs.length
    ? `touchée par ${commune.programs.map((p) => p.name).join(', ')}`
    : 'aucun programme';
  const gap =
    commune.prioritySchoolsWithoutProgram > 0
      ? ` ; ${plural(commune.prioritySchoolsWithoutProgram, 'établissement REP ou REP+ sans programme', 'établissements REP ou REP+ sans programme')}`
      : '';
  return `${commune.name} : ${parts.join(', ')} ; ${programs}${gap}.`;
}
