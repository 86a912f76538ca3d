import { dayDate, formatDay, jobFamilyLabels } from '../labels.ts';
import type { Booklet, BookletAssessment, BookletDay, BookletDayContent } from '../types.ts';

export type { BookletDay };
export type ServiceDay = BookletDay & { page: string };

export const dayFields: { key: keyof BookletDayContent; label: string; hint?: string; long: boolean }[] = [
  { key: 'seen', label: 'Ce que j’ai vu', hint: 'Les lieux, les personnes, les outils.', long: true },
  {
    key: 'interviewedAgent',
    label: 'La personne que j’ai interviewée',
    hint: 'Son prénom et son nom.',
    long: false,
  },
  { key: 'agentJob', label: 'Son métier', long: false },
  { key: 'activity', label: 'L’activité que j’ai faite', long: true },
  { key: 'learned', label: 'Ce que j’ai appris', long: true },
];

export const assessmentFields: {
  key: keyof BookletAssessment;
  label: string;
  hint?: string;
  long: boolean;
}[] = [
  {
    key: 'assessment',
    label: 'Mon bilan de la semaine',
    hint: 'Ce qui m’a plu, surpris, moins plu.',
    long: true,
  },
  {
    key: 'jobProspects',
    label: 'Les métiers qui m’intéressent et mes projets',
    hint: 'Un métier découvert, une idée de stage ou d’orientation.',
    long: true,
  },
];

/** The days with a page of their own: the service days. */
export const serviceDays = (booklet: Booklet): ServiceDay[] =>
  booklet.days.filter((d): d is ServiceDay => d.kind === 'service' && Boolean(d.page));

/** Day 0 is Monday: the booklet's "jour 2" is the Tuesday. */
export function dayTitle(booklet: Booklet, day: BookletDay): string {
  const date = day.date ?? (booklet.week ? dayDate(booklet.week.startDate, day.dayIndex) : null);
  return date ? `Jour ${day.dayIndex + 1} — ${formatDay(date)}` : `Jour ${day.dayIndex + 1}`;
}

export function hostLine(day: BookletDay): string {
  if (!day.host) return 'Accueillant à venir';
  const family = day.host.jobFamily ? jobFamilyLabels[day.host.jobFamily] : undefined;
  const where = family ? `${day.host.name} (${family})` : day.host.name;
  return day.tutor ? `${where}, avec ${day.tutor.name}` : where;
}

export const isClosed = (booklet: Booklet) => Boolean(booklet.week?.closedAt);
export const isEditable = (booklet: Booklet) =>
  booklet.editable ?? Boolean(booklet.week && !booklet.week.closedAt);
