import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { InputField, RadioGroup, TextAreaField } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { slugify } from '../../screens/onboard-tenant-form.tsx';
import { replicationApi } from '../api.ts';
import { programChoice, programFormIds, splitProgramChoice } from '../components/program-choice.ts';
import type { TemplateDetail, TenantProgram } from '../types.ts';

const empty = { tenant: '', program: '', name: '', slug: '', summary: '', version: '1.0.0', changelog: '' };
type Values = typeof empty;

const labels = {
  tenant: 'Collectivité d’origine',
  program: 'Programme à publier',
  programId: 'Programme à publier',
  name: 'Nom du modèle',
  slug: 'Identifiant du modèle',
  summary: 'Résumé',
  version: 'Version',
  changelog: 'Notes de version',
};

const id = programFormIds('publier');

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.tenant) errors.tenant = 'Choisissez la collectivité dont le programme devient un modèle.';
  else if (!values.program) errors.program = 'Choisissez le programme à publier.';
  if (!values.name.trim()) errors.name = 'Saisissez le nom du modèle.';
  if (!values.slug.trim()) errors.slug = 'Saisissez l’identifiant du modèle.';
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug)) {
    errors.slug = 'Utilisez des lettres minuscules sans accent, des chiffres et des tirets.';
  }
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(values.version.trim())) {
    errors.version = 'Indiquez la version au format 1.0.0 (trois nombres).';
  }
  if (!values.changelog.trim()) errors.changelog = 'Dites en une phrase ce que contient cette version.';
  return errors;
}

function ProgramChoice(props: {
  tenant: string;
  value: string;
  error: string | undefined;
  onChoose: (value: string, program: TenantProgram) => void;
}) {
  const programs = useAsync(() => replicationApi.tenantPrograms(props.tenant), [props.tenant]);
  if (programs.status === 'error') return <Notice tone="error">{programs.error.message}</Notice>;
  if (!programs.data) return <Loading label="Chargement des programmes…" />;
  const items = programs.data.items;
  if (!items.length) {
    return (
      <p class="notice" id={id('program')} tabIndex={-1}>
        Cette collectivité n’a pas encore de programme à publier.
      </p>
    );
  }
  const options = items.map((program) => {
    const choice = programChoice(program.kind, program);
    const from = program.adoptedFrom ? ` (issu du modèle, version ${program.adoptedFrom.version})` : '';
    return { ...choice, label: choice.label + from, program };
  });
  return (
    <RadioGroup
      id={id('program')}
      legend={labels.program}
      hint="Seule la définition du programme est publiée : règles, critères, déroulé, convention. Jamais les personnes."
      error={props.error}
      value={props.value}
      onValue={(value) => props.onChoose(value, options.find((option) => option.value === value)!.program)}
      options={options}
    />
  );
}

type Props = { onPublished: (template: TemplateDetail) => void; onCancel: () => void };

/** Publishes a tenant's program as version 1.0.0 of a new national template. */
export function PublishTemplateForm({ onPublished, onCancel }: Props) {
  const tenants = useAsync(() => replicationApi.allTenants(), []);
  const form = useForm(empty);
  const { values } = form;
  const { summary, field } = bindForm(form, id, labels);

  const setName = (name: string) =>
    form.setValues((previous) => ({
      ...previous,
      name,
      // The identifier follows the name until someone edits it by hand.
      slug: previous.slug === slugify(previous.name) ? slugify(name) : previous.slug,
    }));

  const chooseProgram = (value: string, program: TenantProgram) =>
    form.setValues((previous) => {
      const fresh = !previous.name.trim();
      return {
        ...previous,
        program: value,
        name: fresh ? program.name : previous.name,
        slug: fresh && previous.slug === slugify(previous.name) ? slugify(program.name) : previous.slug,
      };
    });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => check(values),
      async () => {
        const template = await replicationApi.publishTemplate({
          tenant: values.tenant,
          ...splitProgramChoice(values.program),
          slug: values.slug.trim(),
          name: values.name.trim(),
          summary: values.summary.trim() || undefined,
          version: values.version.trim(),
          changelog: values.changelog.trim(),
        });
        onPublished(template);
      },
    );
  };

  const tenantOptions = [
    { value: '', label: 'Choisir une collectivité' },
    ...(tenants.data ?? []).map((tenant) => ({ value: tenant.slug, label: tenant.name })),
  ];

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="publier-titre">
      <h2 id="publier-titre" tabIndex={-1}>
        Publier un modèle
      </h2>
      <ErrorSummary {...summary} />
      <p class="muted">Sauf mention contraire, tous les champs sont obligatoires.</p>
      {tenants.status === 'error' ? <Notice tone="error">{tenants.error.message}</Notice> : null}
      <SelectField
        {...field('tenant')}
        hint="La collectivité dont le programme a fait ses preuves."
        required
        disabled={!tenants.data}
        options={tenantOptions}
        onValue={(tenant) => form.setValues((previous) => ({ ...previous, tenant, program: '' }))}
      />
      {values.tenant ? (
        <ProgramChoice
          tenant={values.tenant}
          value={values.program}
          error={form.errors.program ?? form.errors.programId}
          onChoose={chooseProgram}
        />
      ) : null}
      <InputField {...field('name')} onValue={setName} required maxLength={120} />
      <InputField
        {...field('slug')}
        hint="Lettres minuscules, chiffres et tirets, par exemple mentorat-des-agents."
        required
        maxLength={60}
      />
      <TextAreaField
        {...field('summary')}
        hint="Ce que le programme apporte, en deux ou trois phrases : les collectivités le lisent dans le catalogue."
        rows={3}
        maxLength={1000}
      />
      <InputField
        {...field('version')}
        hint="Au format 1.0.0 : majeure, mineure, corrective."
        required
        class="input--short"
      />
      <TextAreaField
        {...field('changelog')}
        hint="Ce que contient cette version, par exemple « Première version, issue du programme de Suresnes »."
        required
        rows={3}
        maxLength={2000}
      />
      <FormActions submit="Publier le modèle" submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
