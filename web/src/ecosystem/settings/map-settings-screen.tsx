import { useRef, useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/field.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { Link } from '../../router.tsx';
import { ecosystemApi } from '../api.ts';
import type { MapSettings } from '../types.ts';

type Values = { tileUrl: string; attribution: string };

const labels: Record<keyof Values, string> = {
  tileUrl: 'Adresse des tuiles',
  attribution: 'Attribution',
};
const idFor = (field: string) => `fond-de-carte-${field}`;

/** Catches the obvious before a round trip; the server's rule (and French message) stays the reference. */
function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  const url = values.tileUrl.trim();
  if (url) {
    if (!url.startsWith('https://')) errors.tileUrl = 'L’adresse doit commencer par https://.';
    else if (!['{z}', '{x}', '{y}'].every((p) => url.includes(p)))
      errors.tileUrl = 'L’adresse doit contenir {z}, {x} et {y}.';
    if (!values.attribution.trim())
      errors.attribution = 'Indiquez l’attribution demandée par le fournisseur de tuiles.';
  }
  return errors;
}

function SettingsForm({ tenant, initial }: { tenant: Tenant; initial: MapSettings }) {
  const form = useForm<Values>({ tileUrl: initial.tileUrl ?? '', attribution: initial.attribution ?? '' });
  const [saved, setSaved] = useState<MapSettings | null>(null);
  const [confirming, setConfirming] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const { summary, field } = bindForm(form, idFor, labels);
  const current = saved ?? initial;

  const save = (next: Values) =>
    form.submit(
      () => check(next),
      async () => {
        const result = await ecosystemApi.saveMapSettings(tenant.slug, {
          tileUrl: next.tileUrl.trim() || null,
          attribution: next.attribution.trim() || null,
        });
        setSaved(result);
        form.setValues({ tileUrl: result.tileUrl ?? '', attribution: result.attribution ?? '' });
        requestAnimationFrame(() => noticeRef.current?.focus());
      },
    );

  return (
    <>
      {saved ? (
        <Notice tone="success" noticeRef={noticeRef}>
          {saved.tileUrl
            ? 'Le fond de carte est enregistré : la carte de l’écosystème l’utilise désormais.'
            : 'Aucun fond de carte : la carte de l’écosystème est dessinée sans connexion.'}{' '}
          <Link href={`${tenantBase(tenant)}/ecosysteme`}>Voir la carte</Link>
        </Notice>
      ) : null}
      <form
        class="card"
        noValidate
        aria-labelledby="fond-de-carte-form-titre"
        onSubmit={(event) => {
          event.preventDefault();
          return save(form.values);
        }}
      >
        <h2 id="fond-de-carte-form-titre">Fond de carte en ligne</h2>
        <ErrorSummary {...summary} />
        <TextField
          {...field('tileUrl')}
          hint="Une adresse https avec {z}, {x} et {y}, par exemple https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png. Laissez vide pour la carte sans connexion."
          spellcheck={false}
          maxLength={500}
        />
        <TextField
          {...field('attribution')}
          hint="Le crédit que demande le fournisseur des tuiles, par exemple « © les contributeurs d’OpenStreetMap ». Obligatoire avec une adresse."
          maxLength={300}
        />
        <div class="actions">
          <button type="submit" class="button" disabled={form.submitting}>
            Enregistrer le fond de carte
          </button>
          {current.tileUrl ? (
            <button
              type="button"
              class="button button--secondary"
              id="revenir-sans-connexion"
              onClick={() => setConfirming(true)}
            >
              Revenir à la carte sans connexion
            </button>
          ) : null}
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title="Revenir à la carte sans connexion ?"
          confirmLabel="Retirer le fond de carte"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void save({ tileUrl: '', attribution: '' });
          }}
        >
          <p>
            L’adresse des tuiles et l’attribution seront effacées ; la carte sera dessinée sans connexion.
            Vous pourrez choisir un fond de carte à nouveau.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function MapSettingsScreen({ tenant }: { tenant: Tenant }) {
  const settings = useAsync(() => ecosystemApi.mapSettings(tenant.slug), [tenant.slug]);
  return (
    <>
      <PageHeading title="Fond de carte de l’écosystème" />
      <p>
        <Link href={`${tenantBase(tenant)}/ecosysteme`}>Retour à l’écosystème</Link>
      </p>
      <Notice tone="info">
        Par défaut, la carte est <strong>dessinée sans connexion</strong> à partir des coordonnées des
        communes : elle s’affiche partout, même hors ligne, et n’appelle aucun service extérieur. Un fond de
        carte en ligne (des tuiles, par exemple d’OpenStreetMap) ajoute les rues et le relief : le navigateur
        de chaque personne qui consulte la carte télécharge alors les tuiles chez ce fournisseur, selon ses
        conditions d’utilisation. Si les tuiles ne se chargent pas, la carte sans connexion reprend la main.
      </Notice>
      {settings.status === 'error' ? <Notice tone="error">{settings.error.message}</Notice> : null}
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'ready' ? <SettingsForm tenant={tenant} initial={settings.data} /> : null}
    </>
  );
}

export default function MapSettingsPage() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <MapSettingsScreen tenant={tenant} />}</RoleGate>;
}
