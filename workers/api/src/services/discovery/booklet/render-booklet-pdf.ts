import { formatFrenchDate, JOB_FAMILIES } from '@passerelle/domain';
import { drawFooters, MUTED } from '../../../conventions/pdf/pdf-writer.ts';
import { createDiscoveryPdf, savePdf } from '../discovery-pdf.ts';
import { ASSESSMENT_PAGE, type BookletView } from './booklet-view.ts';

export const DAY_KIND_LABELS = {
  citizenship: 'Journée citoyenneté',
  service: 'Découverte d’un service',
  restitution: 'Restitution et rencontre avec les élu·es',
} as const;

const DAY_FIELDS = [
  ['seen', 'Ce que j’ai vu'],
  ['interviewedAgent', 'L’agent que j’ai interviewé'],
  ['agentJob', 'Son métier'],
  ['activity', 'L’activité que j’ai réalisée'],
  ['learned', 'Ce que j’ai appris'],
] as const;

const ASSESSMENT_FIELDS = [
  ['assessment', 'Mon bilan de la semaine'],
  ['jobProspects', 'Les métiers qui m’intéressent maintenant'],
] as const;

const BLANK = '……………………………………………………………………………………………………';

/** The booklet to print: each day with its host and tutor, what the pupil wrote or lines to write on. */
export async function renderBookletPdf(booklet: BookletView, issuedAt: string): Promise<Uint8Array> {
  const {
    doc,
    fonts,
    writer: w,
  } = await createDiscoveryPdf({
    title: `Livret de stage — ${booklet.programName}`,
    author: booklet.tenantName,
    subject: `Livret de stage de ${booklet.student.firstName}`,
    issuedAt,
  });
  w.paragraph(`Livret de stage — ${booklet.programName}`, { bold: true, size: 18, after: 6 });
  w.paragraph(
    `${booklet.student.firstName} · ${booklet.student.schoolName} · accueil par ${booklet.tenantName}`,
    {
      color: MUTED,
    },
  );
  w.paragraph(
    booklet.week
      ? `Semaine du ${formatFrenchDate(booklet.week.startDate)}${booklet.group ? ` · groupe ${booklet.group.number}` : ''}`
      : 'Semaine pas encore planifiée',
    { color: MUTED, after: 12 },
  );
  w.rule();

  const written = (page: string | null, key: string) =>
    (page ? booklet.pages[page]?.[key]?.trim() : '') || '';
  for (const day of booklet.days) {
    const heading = `Jour ${day.dayIndex + 1}${day.date ? ` — ${formatFrenchDate(day.date)}` : ''} — ${DAY_KIND_LABELS[day.kind]}`;
    w.keepTogether(90);
    w.paragraph(heading, { bold: true, size: 12.5, after: 4 });
    if (day.kind !== 'service') {
      w.paragraph(
        day.kind === 'citizenship'
          ? 'Découverte du rôle et des missions de la collectivité, conseil municipal simulé en salle du Conseil.'
          : 'Restitution en groupe de ce que nous avons vu, puis rencontre avec les élu·es.',
        { after: 10 },
      );
      continue;
    }
    if (day.host) {
      const family = JOB_FAMILIES[day.host.jobFamily] ?? day.host.jobFamily;
      w.paragraph(
        `${day.host.name} (${family}${day.host.mixedJob ? ', métier mixte' : ''})${day.tutor ? ` · tuteur ou tutrice : ${day.tutor.name}` : ''}`,
        { color: MUTED },
      );
    }
    for (const [key, label] of DAY_FIELDS) {
      w.paragraph(label, { bold: true, size: 10, after: 2 });
      w.paragraph(written(day.page, key) || BLANK, { indent: 8, after: 6 });
    }
    w.gap(6);
  }
  w.keepTogether(90);
  w.paragraph('Mon bilan', { bold: true, size: 12.5, after: 4 });
  for (const [key, label] of ASSESSMENT_FIELDS) {
    w.paragraph(label, { bold: true, size: 10, after: 2 });
    w.paragraph(written(ASSESSMENT_PAGE, key) || `${BLANK}\n${BLANK}`, { indent: 8, after: 6 });
  }
  drawFooters({
    pages: w.pages,
    fonts,
    left: `${booklet.programName} — ${booklet.tenantName}`,
    right: (n, count) => `page ${n} / ${count}`,
  });
  return savePdf(doc);
}
