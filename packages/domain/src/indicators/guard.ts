import { DomainError } from '../shared/errors.ts';
import { dimensionLabel, INDICATORS, isIndicatorKey, knownDimensions, scopeLabel } from './framework.ts';
import { STATISTICAL_SECRET_THRESHOLD } from './suppress.ts';

export type PushedCell = {
  scope: string;
  indicator: string;
  dimension: string;
  value: number | null;
  suppressed: boolean;
};

const SCOPE = /^(all|mentoring|discovery|template:[a-z]+_[0-9a-z]{26})$/;

/**
 * The control database's last guard: whatever computed the cells, a push that would publish a
 * count of one to four people (or a hidden cell that still carries its value) is refused whole,
 * naming the first faulty cell. Scopes and dimensions must come from the framework's closed
 * lists, so no free text (a name, say) can be carried into the control database.
 */
export function assertNoSmallCells(cells: readonly PushedCell[]): void {
  cells.forEach((cell, index) => {
    const field = `cells.${index}`;
    if (!isIndicatorKey(cell.indicator)) {
      throw refusal(`indicateur inconnu « ${cell.indicator} »`, field);
    }
    if (!SCOPE.test(cell.scope)) throw refusal('un périmètre inconnu', field);
    if (!knownDimensions(cell.indicator).includes(cell.dimension)) {
      throw refusal(
        `une dimension inconnue pour l’indicateur « ${INDICATORS[cell.indicator].label} »`,
        field,
      );
    }
    const definition = INDICATORS[cell.indicator];
    const name = `« ${definition.label} — ${dimensionLabel(cell.dimension)} (${scopeLabel(cell.scope)}) »`;
    if (cell.suppressed && cell.value !== null) {
      throw refusal(`la case ${name} est masquée mais porte encore sa valeur`, field);
    }
    if (cell.value !== null && !Number.isFinite(cell.value)) {
      throw refusal(`la case ${name} n’a pas de valeur numérique`, field);
    }
    if (cell.suppressed || cell.value === null) return;
    if (definition.unit === 'count' && cell.value < 0) {
      throw refusal(`la case ${name} est négative`, field);
    }
    const small = cell.value > 0 && cell.value < STATISTICAL_SECRET_THRESHOLD;
    if (definition.subject === 'people' && definition.unit === 'count' && small) {
      throw refusal(
        `la case ${name} compte ${cell.value} personne${cell.value > 1 ? 's' : ''}, moins de ${STATISTICAL_SECRET_THRESHOLD} : elle doit être masquée (secret statistique)`,
        field,
      );
    }
  });
}

function refusal(reason: string, field: string): DomainError {
  const message = `Envoi des indicateurs refusé : ${reason}. Rien n’a été enregistré.`;
  return new DomainError({ code: 'VALIDATION', message, fields: { [field]: message } });
}
