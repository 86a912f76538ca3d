import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { CheckboxGroup, choices, InputField } from '../components/fields.tsx';
import { setFlash } from '../flash.ts';
import { partnerEventKindLabels, schoolLevelLabels, todayIso } from '../labels.ts';
import type { ConventionSummary, PartnerEventKind, SchoolLevel } from '../types.ts';

const labels: Record<string, string> = {
  conventionId: 'Convention',
  kind: 'Type d’action',
  title: 'Titre',
  date: 'Date',
  place: 'Lieu',
  capacity: 'Nombre de places',
  audienceLevels: 'Niveaux accueillis',
};
const fieldId = (field: string) => `action-${field}`;

function EventForm({
  tenant,
  conventions,
  preset,
}: {
  tenant: Tenant;
  conventions: ConventionSummary[];
  preset: string;
}) {
  const base = `${tenantBase(tenant)}/actions`;
  const form = useForm({
    conventionId: conventions.some((c) => c.id === preset)
      ? preset
      : conventions.length === 1
        ? conventions[0]!.id
        : '',
    kind: '',
    title: '',
    date: '',
    place: '',
    capacity: '',
  });
  const [levels, setLevels] = useState<string[]>([]);
  const { values, errors } = form;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!values.conventionId) found.conventionId = 'Choisissez la convention dont relève l’action.';
    if (!values.kind) found.kind = 'Choisissez le type d’action.';
    if (!values.title.trim()) found.title = 'Saisissez le titre de l’action.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) found.date = 'Indiquez la date de l’action.';
    if (!values.place.trim()) found.place = 'Indiquez le lieu.';
    const capacity = values.capacity.trim();
    if (!/^\d+$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > 1000) {
      found.capacity = 'Indiquez un nombre de places entre 1 et 1 000.';
    }
    if (!levels.length) found.audienceLevels = 'Choisissez au moins un niveau.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      const created = await conventionsApi.createEvent(tenant.slug, {
        conventionId: values.conventionId,
        kind: values.kind as PartnerEventKind,
        title: values.title.trim(),
        date: values.date,
        place: values.place.trim(),
        capacity: Number(values.capacity.trim()),
        audienceLevels: levels as SchoolLevel[],
      });
      setFlash(
        `L’action « ${created.title} » est programmée. Les établissements peuvent y inscrire des élèves.`,
      );
      navigate(`${base}/${encodeURIComponent(created.id)}`);
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nouvelle action" class="card">
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <p class="muted">Tous les champs sont obligatoires.</p>
      <SelectField
        id={fieldId('conventionId')}
        label={labels.conventionId!}
        hint="L’action compte pour les engagements de cette convention une fois tenue."
        required
        options={[
          { value: '', label: 'Choisir une convention' },
          ...conventions.map((c) => ({ value: c.id, label: `${c.partner.name} — ${c.title}` })),
        ]}
        value={values.conventionId}
        onValue={form.set('conventionId')}
        error={errors.conventionId}
      />
      <SelectField
        id={fieldId('kind')}
        label={labels.kind!}
        required
        options={[{ value: '', label: 'Choisir un type' }, ...choices(partnerEventKindLabels)]}
        value={values.kind}
        onValue={form.set('kind')}
        error={errors.kind}
      />
      <InputField
        id={fieldId('title')}
        label={labels.title!}
        hint="Par exemple « Découverte des métiers de la logistique »."
        required
        maxLength={160}
        value={values.title}
        onValue={form.set('title')}
        error={errors.title}
      />
      <InputField
        id={fieldId('date')}
        label={labels.date!}
        kind="date"
        min={todayIso()}
        required
        value={values.date}
        onValue={form.set('date')}
        error={errors.date}
      />
      <InputField
        id={fieldId('place')}
        label={labels.place!}
        hint="L’adresse où les élèves sont accueillis."
        required
        maxLength={200}
        value={values.place}
        onValue={form.set('place')}
        error={errors.place}
      />
      <InputField
        id={fieldId('capacity')}
        label={labels.capacity!}
        kind="integer"
        required
        value={values.capacity}
        onValue={form.set('capacity')}
        error={errors.capacity}
      />
      <CheckboxGroup
        id={fieldId('audienceLevels')}
        legend={labels.audienceLevels!}
        inline
        options={choices(schoolLevelLabels)}
        values={levels}
        onValues={setLevels}
        error={errors.audienceLevels}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          Programmer l’action
        </button>
        <Link href={base} class="button button--secondary">
          Annuler
        </Link>
      </div>
    </form>
  );
}

function NewEventScreen({ tenant }: { tenant: Tenant }) {
  const { query } = useLocation();
  const base = tenantBase(tenant);
  // The server keeps a partner referent to its own organization's conventions.
  const active = useAsync(
    () => conventionsApi.conventions(tenant.slug, { status: 'active', pageSize: 100 }),
    [tenant.slug],
  );
  return (
    <>
      <p class="breadcrumb">
        <Link href={`${base}/actions`}>
          <span aria-hidden="true">← </span>Actions partenaires
        </Link>
      </p>
      <PageHeading title="Proposer une action" />
      <p class="lead">
        Une visite, une journée de découverte ou une rencontre, ouverte aux élèves des établissements du
        territoire.
      </p>
      {active.status === 'error' ? <Notice tone="error">{active.error.message}</Notice> : null}
      {active.status === 'loading' ? <Loading /> : null}
      {active.status === 'ready' && !active.data.items.length ? (
        <Notice tone="info">
          Une action relève d’une convention active : aucune ne l’est pour le moment.
        </Notice>
      ) : null}
      {active.status === 'ready' && active.data.items.length ? (
        <EventForm tenant={tenant} conventions={active.data.items} preset={query.get('convention') ?? ''} />
      ) : null}
    </>
  );
}

export default function NewEvent() {
  return (
    <RoleGate roles={['tenant_admin', 'partner_referent']}>
      {(tenant) => <NewEventScreen tenant={tenant} />}
    </RoleGate>
  );
}
