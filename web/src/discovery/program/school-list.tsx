import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Organization } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';
import { plural } from '../../lib/labels.ts';
import type { AsyncState } from '../../lib/use-async.ts';
import { parseBounded } from '../../mentoring/components/number-field.tsx';
import { discoveryApi } from '../api.ts';
import { priorityLabels } from '../labels.ts';

type School = Organization & { enrolment3e?: number | null };

/** One collège's 3e enrolment, typed in its row and saved on its own. */
function EnrolmentCell({ tenantSlug, school }: { tenantSlug: string; school: School }) {
  const id = `effectif-${school.id}`;
  const [value, setValue] = useState(school.enrolment3e == null ? '' : String(school.enrolment3e));
  const [saved, setSaved] = useState(school.enrolment3e ?? null);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const typed = value.trim();
    const next = typed === '' ? null : parseBounded(typed, 0, 5000);
    if (typed !== '' && next === null) {
      setError('Indiquez un nombre entier d’élèves entre 0 et 5 000, ou laissez vide.');
      setStatus('');
      requestAnimationFrame(() => document.getElementById(id)?.focus());
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await discoveryApi.setEnrolment(tenantSlug, school.id, next);
      setSaved(next);
      setStatus('Enregistré');
    } catch (caught) {
      const apiError = caught as ApiError;
      setError(apiError.fields?.enrolment3e ?? apiError.message);
      setStatus('');
      requestAnimationFrame(() => document.getElementById(id)?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class={error ? 'inline-form field--error' : 'inline-form'} noValidate onSubmit={save}>
      <label for={id} class="visually-hidden">
        Élèves de 3e, {school.name}
      </label>
      <FieldMessages id={id} error={error} />
      <span class="inline-form__row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          class="input--tiny"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setStatus('');
          }}
        />
        <button
          type="submit"
          class="button button--secondary button--small"
          aria-disabled={busy ? 'true' : undefined}
        >
          Enregistrer<span class="visually-hidden"> l’effectif de {school.name}</span>
        </button>
        <span role="status" class="saved-status">
          {status ? (
            <>
              <span aria-hidden="true">✓ </span>
              {status}
              <span class="visually-hidden">
                {' '}
                : {saved ?? 'aucun'} élève(s) de 3e pour {school.name}
              </span>
            </>
          ) : null}
        </span>
      </span>
    </form>
  );
}

/** The collèges of the territory, with the 3e enrolment the quotas are computed from. */
export function SchoolList({ tenantSlug, list }: { tenantSlug: string; list: AsyncState<School[]> }) {
  const schools = list.data ?? [];
  const missing = schools.filter((s) => s.enrolment3e == null).length;
  return (
    <>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !schools.length ? (
        <p>Aucun collège dans l’annuaire : importez le fichier ci-dessus.</p>
      ) : null}
      {schools.length ? (
        <>
          <p class="result-count">
            {plural(schools.length, 'collège', 'collèges')}
            {missing
              ? `, dont ${plural(missing, 'sans effectif de 3e', 'sans effectif de 3e')} : il ne recevra aucune place tant qu’il manque.`
              : ''}
          </p>
          <div class="table-wrap table-wrap--contained">
            <table>
              <caption>Collèges du territoire et leurs élèves de 3e</caption>
              <thead>
                <tr>
                  <th scope="col">Collège</th>
                  <th scope="col">Éducation prioritaire</th>
                  <th scope="col">Élèves de 3e</th>
                </tr>
              </thead>
              <tbody>
                {schools.map((school) => (
                  <tr key={school.id}>
                    <th scope="row">
                      {school.name}
                      {school.uai ? <span class="block muted">UAI {school.uai}</span> : null}
                    </th>
                    <td>{priorityLabels[school.priorityEducation ?? 'none']}</td>
                    <td>
                      <EnrolmentCell key={school.updatedAt} tenantSlug={tenantSlug} school={school} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
