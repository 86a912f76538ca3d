import { useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { InputField, TextAreaField } from '../../conventions/components/fields.tsx';
import { discoveryApi } from '../../discovery/api.ts';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../../mentoring/api.ts';
import { replicationApi } from '../api.ts';
import { programKindLabels } from '../labels.ts';
import type { ProgramKind } from '../types.ts';

const empty = { program: '', name: '', summary: '' };
const labels = {
  program: 'Programme à proposer',
  programId: 'Programme à proposer',
  name: 'Nom proposé pour le modèle',
  summary: 'Ce que le programme apporte',
};
const id = (field: string) =>
  `proposer-${field === 'programId' || field === 'programKind' ? 'program' : field}`;

type Choice = { value: string; label: string; name: string };

async function ownPrograms(slug: string): Promise<Choice[]> {
  const [mentoring, discovery] = await Promise.all([
    mentoringApi.programs(slug),
    discoveryApi.programs(slug),
  ]);
  const choice = (kind: ProgramKind, program: { id: string; name: string; season: string }) => ({
    value: `${kind}-${program.id}`,
    label: `${program.name} — ${programKindLabels[kind]}, ${program.season}`,
    name: program.name,
  });
  return [
    ...mentoring.items.map((program) => choice('mentoring', program)),
    ...discovery.items.map((program) => choice('discovery', program)),
  ];
}

function check(values: typeof empty): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.program) errors.program = 'Choisissez le programme à proposer.';
  if (!values.name.trim()) errors.name = 'Saisissez le nom du modèle.';
  return errors;
}

/** A tenant offers one of its programs to the national catalogue; the coordination publishes it. */
export function ProposalForm({ slug }: { slug: string }) {
  const programs = useAsync(() => ownPrograms(slug), [slug]);
  const form = useForm(empty);
  const [sent, setSent] = useState<string | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const { values } = form;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => check(values),
      async () => {
        const split = values.program.indexOf('-');
        const proposal = await replicationApi.propose(slug, {
          programKind: values.program.slice(0, split) as ProgramKind,
          programId: values.program.slice(split + 1),
          name: values.name.trim(),
          summary: values.summary.trim() || undefined,
        });
        form.setValues(empty);
        setSent(proposal.name);
        requestAnimationFrame(() => sentRef.current?.focus());
      },
    );
  };

  if (programs.status === 'error') return <Notice tone="error">{programs.error.message}</Notice>;
  if (!programs.data) return <Loading />;
  if (!programs.data.length) return <p>Vous n’avez pas encore de programme à proposer.</p>;
  const choices = programs.data;

  return (
    <>
      {sent ? (
        <Notice tone="success" noticeRef={sentRef}>
          Votre proposition « {sent} » est transmise à la coordination nationale, qui la publiera au
          catalogue.
        </Notice>
      ) : null}
      <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="proposer-titre">
        <h3 id="proposer-titre">Proposer ce programme au catalogue national</h3>
        <ErrorSummary
          summaryRef={form.summaryRef}
          errors={form.errors}
          message={form.message}
          labels={labels}
          idFor={id}
        />
        <SelectField
          id={id('program')}
          label={labels.program}
          hint="Seule sa définition est proposée : règles, critères, déroulé, convention. Jamais les personnes."
          required
          options={[{ value: '', label: 'Choisir un programme' }, ...choices]}
          value={values.program}
          onValue={(program) =>
            form.setValues((previous) => ({
              ...previous,
              program,
              name: previous.name.trim()
                ? previous.name
                : (choices.find((c) => c.value === program)?.name ?? ''),
            }))
          }
          error={form.errors.program ?? form.errors.programId}
        />
        <InputField
          id={id('name')}
          label={labels.name}
          required
          maxLength={120}
          value={values.name}
          onValue={form.set('name')}
          error={form.errors.name}
        />
        <TextAreaField
          id={id('summary')}
          label={labels.summary}
          hint="En deux ou trois phrases, pour les autres collectivités."
          rows={3}
          maxLength={1000}
          value={values.summary}
          onValue={form.set('summary')}
          error={form.errors.summary}
        />
        <button type="submit" class="button" disabled={form.submitting}>
          Proposer ce programme au catalogue national
        </button>
      </form>
    </>
  );
}
