import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldValue } from '../components/field-value.tsx';
import type { AdoptedTemplateDetail, FieldChange } from '../types.ts';

type Choice = 'apply' | 'keep';
type Update = NonNullable<AdoptedTemplateDetail['update']>;

type Props = {
  adoptedVersion: string;
  update: Update;
  onApply: (choice: { apply: string[]; skip: string[] }) => Promise<void>;
  onReload: () => void;
};

const defaults = (changes: FieldChange[]): Record<string, Choice> =>
  Object.fromEntries(changes.map((change) => [change.path, change.conflict ? 'keep' : 'apply']));

const choiceId = (index: number) => `choix-${index}`;

function ChangeRow(props: {
  change: FieldChange;
  index: number;
  choice: Choice;
  onChoice: (choice: Choice) => void;
  error: string | undefined;
}) {
  const { change, index, choice, onChoice, error } = props;
  const legendId = `${choiceId(index)}-legende`;
  return (
    <tr class={change.conflict ? 'diff__row diff__row--conflict' : 'diff__row'}>
      <th scope="row">
        {change.label}
        {change.conflict ? (
          <span class="diff__conflict">
            <span aria-hidden="true">⚠ </span>Conflit : vous avez modifié ce champ, le modèle aussi.
          </span>
        ) : null}
        {change.alreadyApplied ? (
          <span class="block muted">Vous avez déjà cette nouvelle valeur.</span>
        ) : null}
      </th>
      <td data-label="Version adoptée">
        <FieldValue path={change.path} value={change.base} />
      </td>
      <td data-label="Votre valeur">
        <FieldValue path={change.path} value={change.local} />
        {change.localChanged ? null : <span class="block muted">(inchangée)</span>}
      </td>
      <td data-label="Nouvelle valeur">
        <FieldValue path={change.path} value={change.target} />
      </td>
      <td data-label="Votre choix">
        <fieldset
          class={`diff__choice${error ? ' field--error' : ''}`}
          aria-describedby={error ? `${choiceId(index)}-erreur` : undefined}
        >
          <legend id={legendId} class="visually-hidden">
            {change.label} : appliquer ou garder
          </legend>
          {error ? (
            <p id={`${choiceId(index)}-erreur`} class="field-error">
              <span class="visually-hidden">Erreur : </span>
              {error}
            </p>
          ) : null}
          {(['apply', 'keep'] as const).map((value) => {
            const id = value === 'apply' ? choiceId(index) : `${choiceId(index)}-garder`;
            return (
              <div class="checkbox" key={value}>
                <input
                  id={id}
                  type="radio"
                  name={choiceId(index)}
                  value={value}
                  checked={choice === value}
                  onChange={() => onChoice(value)}
                />
                <label for={id}>{value === 'apply' ? 'Appliquer' : 'Garder ma valeur'}</label>
              </div>
            );
          })}
        </fieldset>
      </td>
    </tr>
  );
}

/**
 * The three-way diff of a new version: each changed field with the value adopted, the tenant's
 * own and the new one, and a choice per field. A conflict keeps the tenant's value by default.
 */
export function UpdateDiff({ adoptedVersion, update, onApply, onReload }: Props) {
  const { changes } = update;
  const [choices, setChoices] = useState(() => defaults(changes));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflicts = changes.filter((change) => change.conflict).length;
  const applied = changes.filter((change) => choices[change.path] === 'apply');
  const kept = changes.filter((change) => choices[change.path] === 'keep');
  const fieldErrors = failure?.status === 422 ? failure.fields : {};
  const indexOf = new Map(changes.map((change, index) => [change.path, index]));

  const setAll = (choice: Choice) =>
    setChoices(Object.fromEntries(changes.map((change) => [change.path, choice])));

  const confirm = async () => {
    setBusy(true);
    try {
      await onApply({ apply: applied.map((c) => c.path), skip: kept.map((c) => c.path) });
    } catch (error) {
      setConfirming(false);
      setFailure(error as ApiError);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="diff">
      {failure?.status === 409 ? (
        <Notice tone="error" noticeRef={summaryRef}>
          <p>
            Une version plus récente est parue pendant que vous choisissiez : rechargez pour voir ses
            changements. Rien n’a été modifié.
          </p>
          <p>
            <button type="button" class="button button--secondary" onClick={onReload}>
              Recharger
            </button>
          </p>
        </Notice>
      ) : failure && failure.status !== 422 ? (
        <Notice tone="error" noticeRef={summaryRef}>
          {failure.message}
        </Notice>
      ) : (
        <ErrorSummary
          summaryRef={summaryRef}
          errors={fieldErrors}
          message={failure ? failure.message : null}
          labels={Object.fromEntries(changes.map((change) => [change.path, change.label]))}
          idFor={(path) => choiceId(indexOf.get(path) ?? 0)}
        />
      )}
      <p>
        {changes.length > 1
          ? `${changes.length} champs changent dans la version ${update.version}.`
          : `Un champ change dans la version ${update.version}.`}{' '}
        {conflicts
          ? `${conflicts > 1 ? `${conflicts} sont en conflit` : 'Un est en conflit'} avec vos propres modifications : votre valeur est gardée par défaut.`
          : 'Aucun n’est en conflit avec vos modifications.'}
      </p>
      <div class="actions diff__all">
        <button type="button" class="button button--secondary button--small" onClick={() => setAll('apply')}>
          Tout appliquer
        </button>
        <button type="button" class="button button--secondary button--small" onClick={() => setAll('keep')}>
          Tout garder
        </button>
      </div>
      <div class="table-wrap">
        <table class="diff__table stack-table">
          <caption>Changements de la version {update.version}, champ par champ</caption>
          <thead>
            <tr>
              <th scope="col">Libellé</th>
              <th scope="col">Version adoptée ({adoptedVersion})</th>
              <th scope="col">Votre valeur</th>
              <th scope="col">Nouvelle valeur ({update.version})</th>
              <th scope="col">Votre choix</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, index) => (
              <ChangeRow
                key={change.path}
                change={change}
                index={index}
                choice={choices[change.path] ?? 'apply'}
                onChoice={(choice) => setChoices({ ...choices, [change.path]: choice })}
                error={fieldErrors[change.path]}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" class="diff__summary">
        {`${applied.length} changement${applied.length > 1 ? 's' : ''} appliqué${applied.length > 1 ? 's' : ''}, ${kept.length} valeur${kept.length > 1 ? 's' : ''} gardée${kept.length > 1 ? 's' : ''}.`}
      </p>
      <p>
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          Passer à la version {update.version}
        </button>
      </p>
      {confirming ? (
        <ConfirmDialog
          title={`Passer à la version ${update.version} ?`}
          confirmLabel={busy ? 'Application…' : 'Appliquer mes choix'}
          tone="primary"
          cancelLabel="Revenir aux choix"
          onConfirm={busy ? () => undefined : confirm}
          onCancel={() => setConfirming(false)}
        >
          {applied.length ? (
            <>
              <p>Ces champs prendront la nouvelle valeur :</p>
              <ul>
                {applied.map((change) => (
                  <li key={change.path}>{change.label}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Aucun champ ne change : votre programme garde toutes ses valeurs.</p>
          )}
          {kept.length ? (
            <>
              <p>Ces champs gardent votre valeur :</p>
              <ul>
                {kept.map((change) => (
                  <li key={change.path}>{change.label}</li>
                ))}
              </ul>
            </>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
