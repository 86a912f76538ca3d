import type { ProgramTemplateDefinition, TemplateProgramKind } from '@passerelle/domain';

export type TemplateExtras = Pick<ProgramTemplateDefinition, 'surveyQuestions' | 'documents'>;

/**
 * The questions the product asks today, as a template carries them: the mentoring end-of-year
 * debrief (`DebriefInput` of the domain) and the Pass'3e end-of-week survey (`SurveyInput` of the
 * discovery API). A program that was never adopted has no copy of its own yet, so these are its.
 */
const QUESTIONS: Record<TemplateProgramKind, TemplateExtras['surveyQuestions']> = {
  mentoring: [
    { label: 'Êtes-vous satisfait·e de l’accompagnement ?', kind: 'scale' },
    { label: 'Les rencontres vous ont-elles été utiles ?', kind: 'scale' },
    { label: 'Souhaitez-vous continuer l’an prochain ?', kind: 'yes_no' },
    { label: 'Un commentaire ?', kind: 'text' },
  ],
  discovery: [
    { label: 'Êtes-vous satisfait·e de la semaine de découverte ?', kind: 'scale' },
    { label: 'Un commentaire ?', kind: 'text' },
  ],
};

export function defaultExtras(kind: TemplateProgramKind): TemplateExtras {
  return { surveyQuestions: QUESTIONS[kind].map((q) => ({ ...q })), documents: [] };
}
