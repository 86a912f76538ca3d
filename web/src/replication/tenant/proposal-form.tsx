import { useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { InputField, TextAreaField } from '../../conventions/components/fields.tsx';
import { discoveryApi } from '../../discovery/api.ts';
import { bindForm } from '../../lib/bind-form.ts';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../../mentoring/api.ts';
import { replicationApi } from '../api.ts';
import { programChoice, programFormIds, splitProgramChoice } from '../components/program-choice.ts';

const empty = { program: '', name: '', summary: '' };
const labels = {
  program: 'Programme à proposer',
  programId: 'Programme à proposer',
  name: 'Nom proposé pour le modèle',
  summary: 'Ce que le programme apporte',
};
const id = programFormIds('proposer');

type Choice = { value: string; label: string; name: string };

async function ownPrograms(slug: string): Promise<Choice[]> {
  const [mentoring, discovery] = await Promise.all([
    mentoringApi.programs(slug),
    discoveryApi.programs(slug),
  ]);
  return [
    ...mentoring.items.map((program) => ({ ...programChoice('mentoring', program), name: program.name })),
    ...discovery.items.map((program) => ({ ...programChoice('discovery', program), name: program.name })),
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
  const { summary, field } = bindForm(form, id, labels);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => check(values),
      async () => {
        const proposal = await replicationApi.propose(slug, {
          ...splitProgramChoice(values.program),
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
        <ErrorSummary {...summary} />
        <SelectField
          {...field('program')}
          hint="Seule sa définition est proposée : règles, critères, déroulé, convention. Jamais les personnes."
          required
          options={[{ value: '', label: 'Choisir un programme' }, ...choices]}
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
        <InputField {...field('name')} required maxLength={120} />
        <TextAreaField
          {...field('summary')}
          hint="En deux ou trois phrases, pour les autres collectivités."
          rows={3}
          maxLength={1000}
        />
        <button type="submit" class="button" disabled={form.submitting}>
          Proposer ce programme au catalogue national
        </button>
      </form>
    </>
  );
}
