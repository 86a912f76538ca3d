import { RadioGroup } from '../../conventions/components/fields.tsx';
import type { FieldErrors } from '../../lib/use-form.ts';
import { satisfactionLabels, usefulnessLabels } from '../labels.ts';
import type { DebriefInput, DebriefRespondent } from '../types.ts';
import { CommentField } from './comment-field.tsx';

/** The server's limit (packages/domain mentoring/debrief.ts). */
export const COMMENT_MAX = 1000;

export type DebriefValues = {
  satisfaction: string;
  usefulness: string;
  wouldContinue: string;
  comment: string;
};
export const emptyDebrief: DebriefValues = {
  satisfaction: '',
  usefulness: '',
  wouldContinue: '',
  comment: '',
};

/** Short names of the questions, for the error summary. */
export const debriefFieldLabels: Record<string, string> = {
  satisfaction: 'Satisfaction',
  usefulness: 'Utilité des rencontres',
  wouldContinue: 'Souhait de continuer',
  comment: 'Commentaire',
  respondent: 'Répondant',
};

export type DebriefWording = {
  satisfaction: string;
  usefulness: string;
  wouldContinue: string;
  comment: string;
  commentHint: string;
};

/** The questions as the mentor reads them. */
export const mentorWording: DebriefWording = {
  satisfaction: 'Êtes-vous satisfait·e de l’accompagnement ?',
  usefulness: 'Les rencontres vous ont-elles semblé utiles ?',
  wouldContinue: 'Souhaitez-vous continuer l’an prochain ?',
  comment: 'Un commentaire pour la coordination',
  commentHint:
    'Lu par la coordination du programme seulement : ni le jeune, ni sa famille, ni son établissement ne le voient.',
};

/** The same questions as the coordination types a young person's paper answers. */
export const menteeWording = (firstName: string): DebriefWording => ({
  satisfaction: `Satisfaction de ${firstName} quant à l’accompagnement`,
  usefulness: `Utilité des rencontres, selon ${firstName}`,
  wouldContinue: `${firstName} souhaite continuer l’an prochain`,
  comment: `Commentaire de ${firstName}, recopié du questionnaire`,
  commentHint: 'Lu par la coordination seulement ; l’établissement ne voit que les notes.',
});

const scale = (labels: Record<string, string>) =>
  ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} — ${labels[value]}` }));
const yesNo = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

export function checkDebrief(values: DebriefValues): FieldErrors {
  const found: FieldErrors = {};
  if (!values.satisfaction) found.satisfaction = 'Choisissez une note de 1 à 5.';
  if (!values.usefulness) found.usefulness = 'Choisissez une note de 1 à 5.';
  if (!values.wouldContinue) found.wouldContinue = 'Répondez par oui ou par non.';
  if (values.comment.length > COMMENT_MAX) found.comment = `${COMMENT_MAX} caractères au plus.`;
  return found;
}

export function debriefBody(respondent: DebriefRespondent, values: DebriefValues): DebriefInput {
  const comment = values.comment.trim();
  return {
    respondent,
    satisfaction: Number(values.satisfaction),
    usefulness: Number(values.usefulness),
    wouldContinue: values.wouldContinue === 'oui',
    ...(comment ? { comment } : {}),
  };
}

type Props = {
  idFor: (field: string) => string;
  wording: DebriefWording;
  values: DebriefValues;
  errors: FieldErrors;
  set: (field: keyof DebriefValues) => (value: string) => void;
};

/** The four questions: two scales of 1 to 5, yes or no, and an optional comment. */
export function DebriefFields({ idFor, wording, values, errors, set }: Props) {
  return (
    <>
      <RadioGroup
        id={idFor('satisfaction')}
        legend={wording.satisfaction}
        options={scale(satisfactionLabels)}
        value={values.satisfaction}
        onValue={set('satisfaction')}
        error={errors.satisfaction}
      />
      <RadioGroup
        id={idFor('usefulness')}
        legend={wording.usefulness}
        options={scale(usefulnessLabels)}
        value={values.usefulness}
        onValue={set('usefulness')}
        error={errors.usefulness}
      />
      <RadioGroup
        id={idFor('wouldContinue')}
        legend={wording.wouldContinue}
        options={yesNo}
        inline
        value={values.wouldContinue}
        onValue={set('wouldContinue')}
        error={errors.wouldContinue}
      />
      <CommentField
        id={idFor('comment')}
        label={wording.comment}
        hint={wording.commentHint}
        max={COMMENT_MAX}
        value={values.comment}
        onValue={set('comment')}
        error={errors.comment}
      />
    </>
  );
}
