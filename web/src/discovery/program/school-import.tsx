import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Notice } from '../../components/notice.tsx';
import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';
import { plural } from '../../lib/labels.ts';
import { Checkbox } from '../../mentoring/components/checkbox.tsx';
import { discoveryApi } from '../api.ts';
import type { SchoolImportReport } from '../types.ts';

type Rejected = SchoolImportReport['rejected'];

const fileHint = 'Séparateur point-virgule, encodage UTF-8.';

/** A 422 without `partial` lists its lines as `lignes.<line>.<column>` fields. */
function rejectedFromFields(fields: Record<string, string>): Rejected {
  return Object.entries(fields).flatMap(([key, message]) => {
    const found = /^lignes\.(\d+)\.(.+)$/.exec(key);
    return found ? [{ line: Number(found[1]), field: found[2]!, message }] : [];
  });
}

function RejectedTable({ rejected }: { rejected: Rejected }) {
  return (
    <div class="table-wrap table-wrap--contained">
      <table>
        <caption>Lignes rejetées : le numéro de ligne est celui du fichier, en-tête compris</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Colonne</th>
            <th scope="col">Motif</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r) => (
            <tr key={`${r.line}-${r.field}`}>
              <th scope="row">Ligne {r.line}</th>
              <td>
                <code>{r.field}</code>
              </td>
              <td>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportCounts({ report }: { report: SchoolImportReport }) {
  const future = report.dryRun;
  return (
    <ul>
      <li>
        {plural(
          report.created,
          future ? 'établissement à créer' : 'établissement créé',
          future ? 'établissements à créer' : 'établissements créés',
        )}
      </li>
      <li>
        {plural(
          report.updated,
          future ? 'établissement à mettre à jour' : 'établissement mis à jour',
          future ? 'établissements à mettre à jour' : 'établissements mis à jour',
        )}
      </li>
      <li>{plural(report.unchanged, 'établissement déjà à jour', 'établissements déjà à jour')}</li>
      {report.rejected.length ? (
        <li>{plural(report.rejected.length, 'ligne rejetée', 'lignes rejetées')}</li>
      ) : null}
      {report.outsideTerritory ? (
        <li>
          {plural(
            report.outsideTerritory,
            'ligne hors de votre territoire, ignorée',
            'lignes hors de votre territoire, ignorées',
          )}
        </li>
      ) : null}
      {report.duplicates ? (
        <li>
          {plural(
            report.duplicates,
            'doublon d’UAI : la dernière ligne compte',
            'doublons d’UAI : la dernière ligne compte',
          )}
        </li>
      ) : null}
    </ul>
  );
}

/**
 * The national directory's CSV, in two steps: a dry run shows what would change and every rejected
 * line with its line number, then "Importer" writes. Nothing is written by the preview.
 */
export function SchoolImport({ tenantSlug, onImported }: { tenantSlug: string; onImported: () => void }) {
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<SchoolImportReport | null>(null);
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; rejected: Rejected } | null>(null);
  const [done, setDone] = useState<SchoolImportReport | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcomeVersion, setOutcomeVersion] = useState(0);
  useEffect(() => {
    if (outcomeVersion) outcomeRef.current?.focus();
  }, [outcomeVersion]);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setPreview(null);
    setDone(null);
    setFailure(null);
    setFileError(undefined);
    setCsv(file ? { name: file.name, text: await file.text() } : null);
  };

  const run = async (dryRun: boolean) => {
    if (busy) return;
    if (!csv) {
      setFileError('Choisissez le fichier CSV de l’annuaire de l’éducation.');
      requestAnimationFrame(() => document.getElementById('import-fichier')?.focus());
      return;
    }
    setBusy(true);
    setFailure(null);
    setFileError(undefined);
    try {
      // The preview always reads every line, so it lists all the rejected ones at once.
      const report = await discoveryApi.importSchools(tenantSlug, csv.text, {
        dryRun,
        partial: dryRun || partial,
      });
      if (dryRun) {
        setPreview(report);
        setPartial(false);
      } else {
        setDone(report);
        setPreview(null);
        onImported();
      }
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.fields?.file) setFileError(apiError.fields.file);
      setFailure({ message: apiError.message, rejected: rejectedFromFields(apiError.fields ?? {}) });
    } finally {
      setBusy(false);
      setOutcomeVersion((v) => v + 1);
    }
  };

  return (
    <section aria-labelledby="import-titre" class="card">
      <h3 id="import-titre">Importer l’annuaire de l’éducation</h3>
      <p>
        Téléchargez l’export CSV de l’« Annuaire de l’éducation » sur data.education.gouv.fr, puis déposez-le
        ici. Les établissements sont reconnus par leur UAI : réimporter le même fichier ne change rien.
      </p>
      <div class={fileError ? 'field field--error' : 'field'}>
        <label for="import-fichier">Fichier CSV de l’annuaire</label>
        <FieldMessages id="import-fichier" hint={fileHint} error={fileError} />
        <input
          id="import-fichier"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileError ? 'true' : undefined}
          aria-describedby={describedBy('import-fichier', fileHint, fileError)}
          onChange={(event) => pick(event.currentTarget)}
        />
      </div>
      <p>
        <button
          type="button"
          class="button button--secondary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => run(true)}
        >
          Prévisualiser l’import
        </button>
      </p>
      <div ref={outcomeRef} tabIndex={-1} class="import-outcome">
        {failure ? (
          <Notice tone="error">
            <p>{failure.message}</p>
          </Notice>
        ) : null}
        {failure?.rejected.length && !preview ? <RejectedTable rejected={failure.rejected} /> : null}
        {done ? (
          <Notice tone="success">
            <p>
              <strong>Import terminé.</strong>
            </p>
            <ReportCounts report={done} />
          </Notice>
        ) : null}
        {preview ? (
          <div class="import-preview">
            <h4>Aperçu de « {csv?.name} » : rien n’est encore importé</h4>
            <ReportCounts report={preview} />
            {preview.rejected.length ? <RejectedTable rejected={preview.rejected} /> : null}
          </div>
        ) : null}
      </div>
      {preview ? (
        <>
          {preview.rejected.length ? (
            <Checkbox
              id="import-partiel"
              label="Importer les lignes valides et laisser de côté les lignes rejetées"
              hint="Sans cette case, un fichier qui a une ligne rejetée n’importe rien : corrigez-la puis recommencez."
              checked={partial}
              onChecked={setPartial}
            />
          ) : null}
          <p>
            <button
              type="button"
              class="button"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => run(false)}
            >
              Importer
            </button>
          </p>
        </>
      ) : null}
    </section>
  );
}
