import { formatLongDate } from '../../../conventions/pdf/pdf-text.ts';
import { drawFooters, MUTED } from '../../../conventions/pdf/pdf-writer.ts';
import { createDiscoveryPdf, savePdf } from '../discovery-pdf.ts';
import { countOf, frenchDecimal } from '../french-numbers.ts';
import type { ProgramSummary } from './program-summary.ts';

const percent = (value: number) => `${frenchDecimal(value * 100, 0)} %`;
const score = (value: number | null) =>
  value === null ? 'pas encore de réponse' : `${frenchDecimal(value, 1)} / 5`;

/** The summary on one page, for a council report or an elected official's file. */
export async function renderSummaryPdf(input: {
  summary: ProgramSummary;
  tenantName: string;
  issuedAt: string;
}): Promise<Uint8Array> {
  const { summary: s, tenantName, issuedAt } = input;
  const title = `${s.program.name} ${s.program.season} — bilan`;
  const {
    doc,
    fonts,
    writer: w,
  } = await createDiscoveryPdf({
    title,
    author: tenantName,
    subject: `Bilan du programme ${s.program.name}`,
    issuedAt,
  });
  w.paragraph(title, { bold: true, size: 18, after: 4 });
  w.paragraph(`${tenantName} · arrêté au ${formatLongDate(issuedAt)}`, { color: MUTED, after: 14 });
  w.table(
    [
      { header: 'Indicateur', share: 3 },
      { header: 'Valeur', share: 2 },
    ],
    [
      ['Élèves accueilli·es', `${s.studentsHosted} (${countOf(s.groups, 'groupe', 'groupes')})`],
      ['Élèves venu·es au moins un jour', String(s.studentsPresent)],
      ['Collèges', String(s.schools)],
      ['Élèves de collèges REP+', `${s.repPlusStudents} (${percent(s.repPlusShare)})`],
      ['Filles / garçons / autre', `${s.girls} / ${s.boys} / ${s.otherGender}`],
      ['Services d’accueil', `${s.services}, dont ${s.mixedJobServices} aux métiers mixtes`],
      ['Tuteurs et tutrices mobilisé·es', String(s.tutors)],
      ['Semaines d’accueil', String(s.weeks)],
      ['Taux de présence', s.attendanceRate === null ? 'non relevé' : percent(s.attendanceRate)],
      [
        'Satisfaction moyenne',
        `${score(s.satisfaction)} (${countOf(s.surveyAnswers, 'réponse', 'réponses')})`,
      ],
      ['— des élèves', score(s.satisfactionBy.student.mean)],
      ['— des tuteurs et tutrices', score(s.satisfactionBy.tutor.mean)],
      ['— des établissements', score(s.satisfactionBy.school.mean)],
    ],
    10.5,
  );
  w.paragraph(
    'Les élèves sont proposé·es par leur collège, dans la limite de places réparties selon l’effectif de 3e et l’éducation prioritaire (REP+ bonifié). Les chiffres ne comptent que les élèves dont la semaine est planifiée.',
    { size: 9, color: MUTED },
  );
  drawFooters({
    pages: w.pages,
    fonts,
    left: `Passerelle — ${tenantName}`,
    right: (n, count) => `page ${n} / ${count}`,
  });
  return savePdf(doc);
}
