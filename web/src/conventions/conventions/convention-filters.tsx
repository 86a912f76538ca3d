import { useState } from 'preact/hooks';
import { conventionStatusLabels } from '../labels.ts';

export type ConventionFilters = { status: string; q: string };

type Props = {
  value: ConventionFilters;
  onChange: (filters: ConventionFilters) => void;
  /** Statuses the caller never sees (a partner: drafts and withdrawn conventions). */
  hidden?: readonly string[];
};

/**
 * Status applies as soon as it is chosen (radio buttons, arrow keys); the search on submit.
 * « Toutes » leaves the withdrawn conventions out, as the API does: their own filter shows them.
 */
export function ConventionFiltersForm({ value, onChange, hidden = [] }: Props) {
  const [draft, setDraft] = useState(value.q);
  const [previousQ, setPreviousQ] = useState(value.q);
  if (previousQ !== value.q) {
    setPreviousQ(value.q);
    setDraft(value.q);
  }
  const statuses = [['', 'Toutes'], ...Object.entries(conventionStatusLabels)].filter(
    ([status]) => !hidden.includes(status!),
  );
  const withWithdrawn = statuses.some(([status]) => status === 'withdrawn');

  return (
    <search aria-label="Rechercher et filtrer les conventions">
      <fieldset class="segmented" aria-describedby={withWithdrawn ? 'filtre-statut-aide' : undefined}>
        <legend>Statut</legend>
        {withWithdrawn ? (
          <p id="filtre-statut-aide" class="hint">
            « Toutes » ne montre pas les conventions retirées : choisissez « Retirée » pour les voir.
          </p>
        ) : null}
        <div class="segmented__options">
          {statuses.map(([status, label]) => {
            const id = `filtre-statut-${status || 'toutes'}`;
            return (
              <div key={status} class="segmented__option">
                <input
                  id={id}
                  type="radio"
                  name="filtre-statut"
                  value={status}
                  checked={value.status === status}
                  onChange={() => onChange({ ...value, status: status! })}
                />
                <label for={id}>{label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...value, q: draft.trim() });
        }}
      >
        <div class="field">
          <label for="recherche-convention">Rechercher une convention</label>
          <p id="recherche-convention-aide" class="hint">
            Partenaire, titre ou référence
          </p>
          <input
            id="recherche-convention"
            type="search"
            aria-describedby="recherche-convention-aide"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--secondary">
          Rechercher
        </button>
      </form>
    </search>
  );
}
