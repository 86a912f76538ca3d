import type { ComponentChildren } from 'preact';
import { api } from '../api/client.ts';
import type { NationalTenant, OnboardTenantInput, TenantKind } from '../api/types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField, TextField } from '../components/field.tsx';
import { brandStyle, parseHexColor } from '../lib/contrast.ts';
import { tenantCodeLabels, tenantKindLabels } from '../lib/labels.ts';
import { type FieldErrors, useForm } from '../lib/use-form.ts';

const empty = { slug: '', name: '', kind: '', code: '', brandColor: '', adminEmail: '', adminName: '' };
type Values = typeof empty;

const labels: Record<keyof Values, string> = {
  slug: 'Identifiant dans l’adresse',
  name: 'Nom de la collectivité',
  kind: 'Type de collectivité',
  code: 'Code officiel',
  brandColor: 'Couleur de l’en-tête',
  adminEmail: 'Adresse électronique de la coordination',
  adminName: 'Nom de la personne qui coordonne',
};

const kindOptions = [
  { value: '', label: 'Choisir un type' },
  ...Object.entries(tenantKindLabels).map(([value, label]) => ({ value, label })),
];

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = 'Saisissez le nom de la collectivité.';
  if (!values.slug.trim()) errors.slug = 'Saisissez l’identifiant.';
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug)) {
    errors.slug = 'Utilisez des lettres minuscules sans accent, des chiffres et des tirets.';
  }
  if (!values.kind) errors.kind = 'Choisissez le type de collectivité.';
  if (!values.code.trim()) errors.code = 'Saisissez le code officiel.';
  if (values.brandColor && !parseHexColor(values.brandColor)) {
    errors.brandColor = 'Saisissez une couleur au format #RRVVBB, par exemple #0b5394.';
  }
  if (!values.adminEmail.trim()) errors.adminEmail = 'Saisissez l’adresse électronique.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.adminEmail.trim())) {
    errors.adminEmail = 'Saisissez une adresse électronique valide.';
  }
  return errors;
}

/** `Ville de Saint-Étienne` → `ville-de-saint-etienne`. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Props = {
  onCreated?: (tenant: NationalTenant, adminEmail: string) => void;
  /** Sends the same fields elsewhere instead (onboarding from templates, web/src/replication). */
  send?: (input: OnboardTenantInput) => Promise<void>;
  /** That other use's own fields, shown before the button. */
  children?: ComponentChildren;
  submitLabel?: string;
};

export function OnboardTenantForm({ onCreated, send, children, submitLabel }: Props) {
  const form = useForm(empty);
  const { values } = form;
  const id = (field: string) => `collectivite-${field}`;
  const codeLabel = values.kind ? tenantCodeLabels[values.kind as TenantKind] : labels.code;

  const setName = (name: string) =>
    form.setValues((previous) => ({
      ...previous,
      name,
      // The slug follows the name until someone edits it by hand.
      slug: previous.slug === slugify(previous.name) ? slugify(name) : previous.slug,
    }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => check(values),
      async () => {
        const input: OnboardTenantInput = {
          slug: values.slug,
          name: values.name.trim(),
          kind: values.kind as TenantKind,
          code: values.code.trim(),
          brandColor: values.brandColor.trim() || undefined,
          adminEmail: values.adminEmail.trim(),
          adminName: values.adminName.trim() || undefined,
        };
        if (send) return send(input);
        const tenant = await api.onboardTenant(input);
        form.setValues(empty);
        onCreated?.(tenant, input.adminEmail);
      },
    );
  };

  return (
    <form class="card" onSubmit={onSubmit} noValidate>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={{ ...labels, code: codeLabel }}
        idFor={id}
      />
      <p class="muted">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <TextField
        id={id('name')}
        label={labels.name}
        required
        value={values.name}
        onValue={setName}
        error={form.errors.name}
      />
      <TextField
        id={id('slug')}
        label={labels.slug}
        hint="Lettres minuscules, chiffres et tirets : il apparaît dans l’adresse de l’espace, /t/ville-de-suresnes."
        required
        spellcheck={false}
        value={values.slug}
        onValue={form.set('slug')}
        error={form.errors.slug}
      />
      <SelectField
        id={id('kind')}
        label={labels.kind}
        required
        options={kindOptions}
        value={values.kind}
        onValue={form.set('kind')}
        error={form.errors.kind}
      />
      <TextField
        id={id('code')}
        label={codeLabel}
        hint="Code INSEE pour une commune, SIREN pour un EPCI, code officiel sinon."
        required
        class="input--short"
        value={values.code}
        onValue={form.set('code')}
        error={form.errors.code}
      />
      <div class="with-preview">
        <TextField
          id={id('brandColor')}
          label={labels.brandColor}
          hint="Au format #RRVVBB. Le texte de l’en-tête passe en noir ou en blanc pour rester lisible."
          class="input--short"
          spellcheck={false}
          value={values.brandColor}
          onValue={form.set('brandColor')}
          error={form.errors.brandColor}
        />
        {parseHexColor(values.brandColor) ? (
          <p class="swatch swatch--large" style={brandStyle(values.brandColor)} aria-hidden="true">
            Aperçu de l’en-tête
          </p>
        ) : null}
      </div>
      <TextField
        id={id('adminEmail')}
        label={labels.adminEmail}
        hint="Cette personne recevra une invitation par courriel."
        type="email"
        autoComplete="off"
        required
        value={values.adminEmail}
        onValue={form.set('adminEmail')}
        error={form.errors.adminEmail}
      />
      <TextField
        id={id('adminName')}
        label={labels.adminName}
        value={values.adminName}
        onValue={form.set('adminName')}
        error={form.errors.adminName}
      />
      {children}
      <button type="submit" class="button" disabled={form.submitting}>
        {submitLabel ?? 'Créer la collectivité'}
      </button>
    </form>
  );
}
