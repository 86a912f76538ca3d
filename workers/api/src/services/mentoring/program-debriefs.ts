import type { TenantDb } from '@passerelle/db';
import {
  CLOSE_OUTCOME_LABELS,
  type DebriefListQuery,
  extraAnswerCell,
  extraAnswerColumns,
  PAIR_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
} from '@passerelle/domain';
import { toCsv } from '../../csv.ts';
import { programExtraQuestions } from '../replication/extra-questions.ts';
import { type BoardRow, loadDebriefBoard, type StoredAnswer } from './debrief-board.ts';
import { findProgram } from './program-queries.ts';

/** One side's answer as the coordination reads it: comments included, they are written for it. */
const answerView = (answer: StoredAnswer | null) =>
  answer
    ? {
        satisfaction: answer.satisfaction,
        usefulness: answer.usefulness,
        wouldContinue: answer.wouldContinue,
        comment: answer.comment ?? null,
        extraAnswers: answer.extraAnswers,
        submittedAt: answer.submittedAt,
      }
    : null;

const coordinatorView = (row: BoardRow) => ({
  id: row.id,
  status: row.status,
  closeOutcome: row.closeOutcome,
  mentor: row.mentor,
  youngPerson: row.youngPerson,
  debriefs: { mentor: answerView(row.answers.mentor), mentee: answerView(row.answers.mentee) },
});

/** The coordinator's debrief board: the program's summary, then its pairs page by page. */
export async function programDebriefs(input: { db: TenantDb; programId: string; query: DebriefListQuery }) {
  const { db, query } = input;
  const program = await findProgram(db, input.programId);
  const board = await loadDebriefBoard({
    db,
    scope: { programId: program.id, ...(query.waiting ? { waiting: query.waiting } : {}) },
    page: query,
  });
  return {
    summary: board.summary,
    /** The template's questions the program asks now, after the built-in ones. */
    extraQuestions: await programExtraQuestions(db, 'mentoring', program.id),
    items: board.items.map(coordinatorView),
    page: query.page,
    pageSize: query.pageSize,
    total: board.total,
  };
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'Oui' : 'Non');
const answerCells = (answer: StoredAnswer | null) => [
  answer?.satisfaction,
  answer?.usefulness,
  yesNo(answer?.wouldContinue),
  answer?.comment,
  answer?.submittedAt.slice(0, 10),
];

const statusText = (row: BoardRow) => {
  const outcome = CLOSE_OUTCOME_LABELS[row.closeOutcome as keyof typeof CLOSE_OUTCOME_LABELS];
  return outcome
    ? `${PAIR_STATUS_LABELS[row.status]} : ${outcome.toLowerCase()}`
    : PAIR_STATUS_LABELS[row.status];
};

/** Every debriefable pair of the program, one line each with both sides' answers, for a spreadsheet. */
export async function programDebriefsCsv(input: { db: TenantDb; programId: string }) {
  const program = await findProgram(input.db, input.programId);
  const board = await loadDebriefBoard({ db: input.db, scope: { programId: program.id }, page: 'all' });
  const side = (who: string) => [
    `${who} : satisfaction (1-5)`,
    `${who} : utilité (1-5)`,
    `${who} : souhaite continuer`,
    `${who} : commentaire`,
    `${who} : répondu le`,
  ];
  // The template's questions, one column per label seen (in order of first appearance) and side.
  const labels = extraAnswerColumns(
    board.items.flatMap((row) => [
      row.answers.mentor?.extraAnswers ?? [],
      row.answers.mentee?.extraAnswers ?? [],
    ]),
  );
  const extraHeads = (who: string) => labels.map((label) => `${who} : ${label}`);
  const extraCells = (answer: StoredAnswer | null) =>
    labels.map((label) => extraAnswerCell(answer?.extraAnswers ?? [], label));
  const csv = toCsv(
    [
      'Binôme',
      'Statut',
      'Mentor',
      'Structure',
      'Jeune (prénom)',
      'Niveau',
      'Établissement',
      ...side('Mentor'),
      ...side('Jeune'),
      ...extraHeads('Mentor'),
      ...extraHeads('Jeune'),
    ],
    board.items.map((row) => [
      row.id,
      statusText(row),
      row.mentor.name,
      row.mentor.organizationName,
      row.youngPerson.firstName,
      SCHOOL_LEVEL_LABELS[row.youngPerson.level] ?? row.youngPerson.level,
      row.youngPerson.schoolName,
      ...answerCells(row.answers.mentor),
      ...answerCells(row.answers.mentee),
      ...extraCells(row.answers.mentor),
      ...extraCells(row.answers.mentee),
    ]),
  );
  return { filename: `bilans-${program.season}.csv`, csv };
}
