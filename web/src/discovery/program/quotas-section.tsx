import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { QuotaTable } from '../components/quota-table.tsx';
import type { Quotas } from '../types.ts';
import type { SectionProps } from './section-props.ts';

/** Stored quotas, or none yet: a 404 here only means they were never computed. */
const storedQuotas = (slug: string, id: string) =>
  discoveryApi.quotas(slug, id).catch((error: ApiError) => {
    if (error.status === 404) return null;
    throw error;
  });

function TotalCheck({ quotas, places }: { quotas: Quotas; places: number }) {
  if (quotas.total === places) {
    return (
      <p>
        <span aria-hidden="true">✓ </span>
        Total : {quotas.total.toLocaleString('fr-FR')} places réparties, autant que de places offertes.
      </p>
    );
  }
  return (
    <Notice tone="info">
      Total : {quotas.total.toLocaleString('fr-FR')} places réparties pour {places.toLocaleString('fr-FR')}{' '}
      offertes : les collèges comptent moins d’élèves de 3e que de places, chacun reçoit une place par élève.
    </Notice>
  );
}

function Excluded({ quotas }: { quotas: Quotas }) {
  if (!quotas.excluded?.length) return null;
  return (
    <>
      <h3>Collèges sans quota</h3>
      <ul class="unmatched">
        {quotas.excluded.map((e) => (
          <li key={e.school.id}>
            <strong>{e.school.name}</strong> : {e.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Quotas: the places of the program shared between collèges, with each school's arithmetic. */
export function QuotasSection({ tenantSlug, program }: SectionProps) {
  const stored = useAsync(() => storedQuotas(tenantSlug, program.id), [tenantSlug, program.id]);
  const [computed, setComputed] = useState<Quotas | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const quotas = computed ?? stored.data ?? null;

  useEffect(() => {
    if (computed) resultRef.current?.focus();
  }, [computed]);

  const compute = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setComputed(await discoveryApi.computeQuotas(tenantSlug, program.id));
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>Quotas</h2>
      <p>
        Les {program.totalPlaces.toLocaleString('fr-FR')} places sont réparties entre les collèges en
        proportion de leurs élèves de 3e, bonifiés par l’éducation prioritaire, au plus fort reste. Chaque
        établissement voit sa ligne et son calcul.
      </p>
      <p class="hint" id="calculer-quotas-aide">
        Recalculer remplace les quotas enregistrés : faites-le après un changement d’effectif.
      </p>
      <p>
        <button
          type="button"
          class="button"
          id="calculer-quotas"
          aria-describedby="calculer-quotas-aide"
          aria-disabled={busy ? 'true' : undefined}
          onClick={compute}
        >
          Calculer les quotas
        </button>
      </p>
      {busy ? <Loading label="Calcul en cours…" /> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {stored.status === 'error' && !computed ? <Notice tone="error">{stored.error.message}</Notice> : null}
      {stored.status === 'loading' && !stored.data && !computed ? <Loading /> : null}
      {quotas?.quotas.length ? (
        <>
          <p ref={resultRef} tabIndex={-1} role={computed ? 'status' : undefined} class="result-count">
            {computed ? 'Quotas calculés et enregistrés : ' : 'Quotas enregistrés : '}
            {quotas.quotas.length} collège{quotas.quotas.length > 1 ? 's' : ''}.
          </p>
          <QuotaTable quotas={quotas} caption="Places par collège et calcul de chaque quota" />
          <TotalCheck quotas={quotas} places={program.totalPlaces} />
          <Excluded quotas={quotas} />
        </>
      ) : stored.status === 'ready' || computed ? (
        <p>Les quotas n’ont pas encore été calculés.</p>
      ) : null}
    </>
  );
}
