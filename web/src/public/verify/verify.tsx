import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { publicApi } from '../api.ts';
import { describedBy } from '../fields.tsx';
import type { Verification } from '../types.ts';
import { Verdict } from './verdict.tsx';

const fileLabels = { file: 'Fichier PDF de la convention' };
const shaLabels = { sha256: 'Empreinte SHA-256' };

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
}

/** Spaces and line breaks come along when an empreinte is copied from a PDF page. */
const normalizeSha = (value: string) => value.replace(/\s+/g, '').toLowerCase();

// A new verification first removes the previous verdict: if it fails, no stale answer remains
// on screen to be read as the verdict for the new file.
function FileForm({ onResult }: { onResult: (result: Verification | null) => void }) {
  const form = useForm({ file: '' });
  const [file, setFile] = useState<File | null>(null);
  const id = 'verifier-file';
  const error = form.errors.file;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(
      (): FieldErrors => {
        if (!file) return { file: 'Choisissez le fichier PDF à vérifier.' };
        if (!isPdf(file)) return { file: 'Le fichier doit être au format PDF.' };
        return {};
      },
      async () => {
        onResult(null);
        onResult(await publicApi.verifyFile(file!));
      },
    );
  };

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="verifier-fichier-titre">
      <h2 id="verifier-fichier-titre">Avec le fichier PDF</h2>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={fileLabels}
        idFor={(field) => `verifier-${field}`}
      />
      <div class={error ? 'field field--error' : 'field'}>
        <label for={id}>{fileLabels.file}</label>
        <p id={`${id}-aide`} class="hint">
          Le fichier est envoyé à Passerelle, qui calcule son empreinte et la compare aux conventions émises.
        </p>
        {error ? (
          <p id={`${id}-erreur`} class="field-error">
            <span class="visually-hidden">Erreur : </span>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={id}
          type="file"
          accept="application/pdf,.pdf"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy({ id, hint: 'oui', error })}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
        Vérifier le fichier
      </button>
    </form>
  );
}

function ShaForm({ onResult }: { onResult: (result: Verification | null) => void }) {
  const form = useForm({ sha256: '' });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    const sha256 = normalizeSha(form.values.sha256);
    return form.submit(
      (): FieldErrors => {
        if (!sha256) return { sha256: 'Collez l’empreinte SHA-256 à vérifier.' };
        if (!/^[0-9a-f]{64}$/.test(sha256)) {
          return {
            sha256:
              'Une empreinte SHA-256 compte 64 caractères : des chiffres de 0 à 9 et des lettres de a à f.',
          };
        }
        return {};
      },
      async () => {
        onResult(null);
        onResult(await publicApi.verifySha256(sha256));
      },
    );
  };

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="verifier-empreinte-titre">
      <h2 id="verifier-empreinte-titre">Avec l’empreinte SHA-256</h2>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={shaLabels}
        idFor={(field) => `verifier-${field}`}
      />
      <TextField
        id="verifier-sha256"
        label={shaLabels.sha256}
        hint="64 caractères, par exemple copiés depuis la page de certificat d’une convention signée."
        required
        spellcheck={false}
        autoComplete="off"
        class="input--mono"
        value={form.values.sha256}
        onValue={form.set('sha256')}
        error={form.errors.sha256}
      />
      <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
        Vérifier l’empreinte
      </button>
    </form>
  );
}

export default function VerifyScreen() {
  const [result, setResult] = useState<Verification | null>(null);
  return (
    <>
      <PageHeading title="Vérifier une convention" />
      <p class="lead">
        Vérifiez qu’une convention est bien celle émise par Passerelle et qu’elle n’a pas été modifiée depuis
        : choisissez son fichier PDF, ou collez son empreinte.
      </p>
      {result ? <Verdict result={result} /> : null}
      <div class="verify-forms">
        <FileForm onResult={setResult} />
        <ShaForm onResult={setResult} />
      </div>
    </>
  );
}
