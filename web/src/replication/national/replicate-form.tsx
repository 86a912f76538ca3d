import { useEffect, useRef } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { FieldMessages } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { replicationApi } from '../api.ts';
import type { ReplicationRun, TemplateDetail } from '../types.ts';

type Props = { template: TemplateDetail; onStarted: (run: ReplicationRun) => void; onCancel: () => void };

const id = (field: string) => `repliquer-${field}`;

/** Picks the tenants that receive the latest version; the run then goes on in the background. */
export function ReplicateForm({ template, onStarted, onCancel }: Props) {
  const tenants = useAsync(() => replicationApi.allTenants(), []);
  // Chosen slugs, comma-joined: useForm holds text only.
  const form = useForm({ tenants: '' });
  const chosen = form.values.tenants ? form.values.tenants.split(',') : [];
  const all = (tenants.data ?? []).map((tenant) => tenant.slug);
  const everyOne = all.length > 0 && all.every((slug) => chosen.includes(slug));
  const someOne = chosen.length > 0 && !everyOne;
  const allRef = useRef<HTMLInputElement>(null);
  const adopted = new Map(template.adopters.map((adopter) => [adopter.tenant.slug, adopter.version]));

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = someOne;
  }, [someOne]);

  const choose = (slugs: string[]) => form.setValues({ tenants: slugs.join(',') });
  const toggle = (slug: string, checked: boolean) =>
    choose(all.filter((s) => (s === slug ? checked : chosen.includes(s))));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      (): FieldErrors => (chosen.length ? {} : { tenants: 'Cochez au moins une collectivité.' }),
      async () => {
        onStarted(
          await replicationApi.replicate({
            templateId: template.id,
            version: template.latestVersion,
            tenants: chosen,
          }),
        );
      },
    );
  };

  const error = form.errors.tenants;
  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="repliquer-titre">
      <h2 id="repliquer-titre" tabIndex={-1}>
        Répliquer la version {template.latestVersion}
      </h2>
      <ErrorSummary {...bindForm(form, id, { tenants: 'Collectivités' }).summary} />
      <p>
        Chaque collectivité cochée reçoit le programme « {template.name} » dans son espace, prêt à être
        complété. Celles qui l’ont déjà adopté sont signalées et ne reçoivent pas de doublon.
      </p>
      {tenants.status === 'error' ? <Notice tone="error">{tenants.error.message}</Notice> : null}
      {!tenants.data && tenants.status !== 'error' ? <Loading label="Chargement des collectivités…" /> : null}
      {tenants.data ? (
        <fieldset
          id={id('tenants')}
          tabIndex={-1}
          class={`choices${error ? ' field--error' : ''}`}
          aria-describedby={error ? `${id('tenants')}-erreur` : undefined}
        >
          <legend>Collectivités</legend>
          <FieldMessages id={id('tenants')} error={error} />
          <div class="checkbox replicate-all">
            <input
              id={id('toutes')}
              type="checkbox"
              ref={allRef}
              checked={everyOne}
              onChange={(event) => choose(event.currentTarget.checked ? all : [])}
            />
            <label for={id('toutes')}>Tout sélectionner ({tenants.data.length})</label>
          </div>
          {tenants.data.map((tenant) => {
            const boxId = id(`collectivite-${tenant.slug}`);
            const version = adopted.get(tenant.slug);
            return (
              <div class="checkbox" key={tenant.slug}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={chosen.includes(tenant.slug)}
                  onChange={(event) => toggle(tenant.slug, event.currentTarget.checked)}
                />
                <label for={boxId}>
                  {tenant.name}
                  {tenant.slug === template.sourceTenant?.slug ? ' (collectivité d’origine)' : ''}
                  {version ? ` (a adopté la version ${version})` : ''}
                </label>
              </div>
            );
          })}
          <p role="status" class="muted">
            {chosen.length
              ? `${chosen.length} collectivité${chosen.length > 1 ? 's' : ''} cochée${chosen.length > 1 ? 's' : ''}.`
              : 'Aucune collectivité cochée.'}
          </p>
        </fieldset>
      ) : null}
      <FormActions
        submit="Lancer la réplication"
        submitting={form.submitting}
        disabled={!tenants.data}
        onCancel={onCancel}
      />
    </form>
  );
}
