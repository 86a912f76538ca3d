import { useState } from 'preact/hooks';
import { organizationKindLabels } from '../lib/labels.ts';

export type Filters = { q: string; kind: string; showArchived: boolean };

type Props = { value: Filters; onChange: (filters: Filters) => void };

/** The search applies on submit; the kind and archive filters apply as soon as they change. */
export function OrganizationFilters({ value, onChange }: Props) {
  const [draft, setDraft] = useState(value.q);
  const [previousQ, setPreviousQ] = useState(value.q);
  if (previousQ !== value.q) {
    // Filters cleared from outside (e.g. "Effacer"): the box follows.
    setPreviousQ(value.q);
    setDraft(value.q);
  }

  return (
    <search aria-label="Rechercher et filtrer les organisations">
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...value, q: draft.trim() });
        }}
      >
        <div class="field">
          <label for="recherche-organisation">Rechercher une organisation</label>
          <p id="recherche-organisation-aide" class="hint">
            Nom, SIRET, RNA ou UAI
          </p>
          <input
            id="recherche-organisation"
            type="search"
            aria-describedby="recherche-organisation-aide"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--secondary">
          Rechercher
        </button>
        <div class="field">
          <label for="filtre-type">Type</label>
          <select
            id="filtre-type"
            value={value.kind}
            onChange={(event) => onChange({ ...value, kind: event.currentTarget.value })}
          >
            <option value="">Tous les types</option>
            {Object.entries(organizationKindLabels).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="checkbox">
          <input
            id="filtre-archivees"
            type="checkbox"
            checked={value.showArchived}
            onChange={(event) => onChange({ ...value, showArchived: event.currentTarget.checked })}
          />
          <label for="filtre-archivees">Afficher aussi les organisations archivées</label>
        </div>
      </form>
    </search>
  );
}
