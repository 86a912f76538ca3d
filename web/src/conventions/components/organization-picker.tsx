import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Organization, OrganizationKind } from '../../api/types.ts';
import { organizationKindLabels } from '../../lib/labels.ts';
import { conventionsApi } from '../api.ts';
import type { OrganizationRef } from '../types.ts';
import { describedBy, FieldMessages } from './fields.tsx';

type Props = {
  id: string;
  legend: string;
  tenantSlug: string;
  value: OrganizationRef | null;
  onValue: (value: OrganizationRef | null) => void;
  kind?: OrganizationKind;
  /** Kinds never offered here (schools are not partners). */
  exclude?: OrganizationKind[];
  required?: boolean;
  hint?: string;
  error?: string | undefined;
};

const shown = 10;

/**
 * Picks one organization of the tenant's directory: a search box, then the matches as buttons.
 * No combobox, and no radio buttons that arrow keys would pick by accident: a plain search and a
 * list of buttons read the same in every screen reader.
 */
export function OrganizationPicker(props: Props) {
  const { id, legend, tenantSlug, value, onValue, error, required = false } = props;
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Organization[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  const search = async () => {
    setSearching(true);
    setFailure(null);
    try {
      const page = await conventionsApi.organizations(tenantSlug, {
        q: q.trim() || undefined,
        kind: props.kind,
        pageSize: 25,
      });
      const items = page.items.filter((o) => !props.exclude?.includes(o.kind));
      setResults(items.slice(0, shown));
      setTotal(page.total - (page.items.length - items.length));
    } catch (caught) {
      setFailure((caught as ApiError).message);
    } finally {
      setSearching(false);
    }
  };

  const hintText = props.hint;
  return (
    <fieldset
      class={`picker${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(id, hintText, error)}
    >
      <legend>
        {legend}
        {required ? null : <span class="optional"> (facultatif)</span>}
      </legend>
      <FieldMessages id={id} hint={hintText} error={error} />
      {value ? (
        <p class="picker__chosen">
          <strong>{value.name}</strong>{' '}
          <button
            type="button"
            class="link-button"
            id={id}
            onClick={() => {
              onValue(null);
              requestAnimationFrame(() => document.getElementById(id)?.focus());
            }}
          >
            {required ? 'Changer' : 'Changer ou retirer'}
            <span class="visually-hidden"> : {legend}</span>
          </button>
        </p>
      ) : (
        <>
          <div class="toolbar toolbar--tight">
            <div class="field">
              <label for={id}>
                Rechercher dans l’annuaire<span class="visually-hidden"> : {legend}</span>
              </label>
              <input
                id={id}
                type="search"
                value={q}
                aria-invalid={error ? 'true' : undefined}
                onInput={(event) => setQ(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Enter searches here instead of submitting the whole form.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    search();
                  }
                }}
              />
            </div>
            <button type="button" class="button button--secondary" onClick={search} disabled={searching}>
              Rechercher<span class="visually-hidden"> : {legend}</span>
            </button>
          </div>
          {failure ? <p class="field-error">{failure}</p> : null}
          <div role="status" class="visually-hidden">
            {results
              ? `${results.length ? results.length : 'Aucun'} résultat${results.length > 1 ? 's' : ''}`
              : ''}
          </div>
          {results?.length ? (
            <div class="picker__results">
              <ul class="plain-list">
                {results.map((organization) => (
                  <li key={organization.id}>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => {
                        onValue({ id: organization.id, name: organization.name });
                        requestAnimationFrame(() => document.getElementById(id)?.focus());
                      }}
                    >
                      <span class="visually-hidden">Choisir </span>
                      {organization.name}
                    </button>{' '}
                    <span class="muted">
                      ({organizationKindLabels[organization.kind] ?? organization.kind})
                    </span>
                  </li>
                ))}
              </ul>
              {total > results.length ? (
                <p class="hint">
                  {total} organisations correspondent : précisez la recherche pour trouver la bonne.
                </p>
              ) : null}
            </div>
          ) : results ? (
            <p>Aucune organisation ne correspond. Ajoutez-la d’abord dans l’annuaire des organisations.</p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
