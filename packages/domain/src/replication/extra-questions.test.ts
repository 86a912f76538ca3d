import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import {
  extraAnswerCell,
  extraAnswerColumns,
  extraQuestions,
  foldQuestionLabel,
  readExtraAnswers,
  validateExtraAnswers,
} from './extra-questions.ts';

const builtIn = [
  { label: 'Êtes-vous satisfait·e de l’accompagnement ?', kind: 'scale' as const },
  { label: 'Un commentaire ?', kind: 'text' as const },
];
const asked = [
  { label: 'Votre mentor était-il disponible ?', kind: 'yes_no' as const },
  { label: 'Note de l’atelier CV', kind: 'scale' as const },
  { label: 'Une idée pour l’an prochain ?', kind: 'text' as const },
];

function failure(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('extraQuestions', () => {
  it('keeps the template questions that are not built in, in order, comparing labels folded', () => {
    const template = [
      { label: "etes-vous SATISFAIT·E de l'accompagnement", kind: 'scale' as const },
      ...asked,
      { label: '  un commentaire ?', kind: 'text' as const },
      { label: 'Votre mentor était-il disponible ?', kind: 'scale' as const },
    ];
    expect(extraQuestions(template, builtIn)).toEqual(asked);
  });

  it('asks nothing more of a program that was not adopted from a template', () => {
    expect(extraQuestions(null, builtIn)).toEqual([]);
    expect(extraQuestions(builtIn, builtIn)).toEqual([]);
  });

  it('folds accents, case, apostrophes and final punctuation', () => {
    expect(foldQuestionLabel('Êtes-vous  satisfait·e de l’accompagnement ?')).toBe(
      foldQuestionLabel("etes-vous satisfait.e de l'accompagnement"),
    );
  });
});

describe('validateExtraAnswers', () => {
  it('stores each answer with the label and kind it was asked with, in the questions’ order', () => {
    expect(
      validateExtraAnswers(asked, [
        { label: 'une idée pour l’an prochain', answer: '  Plus de sorties.  ' },
        { label: 'Votre mentor était-il disponible ?', answer: false },
        { label: 'Note de l’atelier CV', answer: 4 },
      ]),
    ).toEqual([
      { label: 'Votre mentor était-il disponible ?', kind: 'yes_no', answer: false },
      { label: 'Note de l’atelier CV', kind: 'scale', answer: 4 },
      { label: 'Une idée pour l’an prochain ?', kind: 'text', answer: 'Plus de sorties.' },
    ]);
  });

  it('leaves every extra question optional', () => {
    expect(validateExtraAnswers(asked, undefined)).toEqual([]);
    expect(
      validateExtraAnswers(asked, [
        { label: 'Une idée pour l’an prochain ?', answer: '   ' },
        { label: 'Note de l’atelier CV', answer: null },
      ]),
    ).toEqual([]);
  });

  it('refuses a note out of 1–5 or not whole, a yes/no that is not a boolean, a text too long', () => {
    for (const answer of [0, 6, 2.5, '3']) {
      const error = failure(() => validateExtraAnswers(asked, [{ label: 'Note de l’atelier CV', answer }]));
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({ 'extraAnswers.1': 'Note de l’atelier CV : une note entière de 1 à 5.' });
    }
    expect(
      failure(() =>
        validateExtraAnswers(asked, [{ label: 'Votre mentor était-il disponible ?', answer: 'oui' }]),
      ).fields,
    ).toEqual({ 'extraAnswers.0': 'Votre mentor était-il disponible ? : répondez par oui ou par non.' });
    expect(
      failure(() =>
        validateExtraAnswers(asked, [{ label: 'Une idée pour l’an prochain ?', answer: 'x'.repeat(1001) }]),
      ).fields?.['extraAnswers.2'],
    ).toMatch(/1000 caractères au plus/);
  });

  it('refuses an answer to a question the program does not ask, naming it', () => {
    const error = failure(() =>
      validateExtraAnswers(asked, [{ label: 'Quel temps fait-il ?', answer: 'Beau' }]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Question inconnue pour ce programme : « Quel temps fait-il ? ».');
    expect(error.fields).toEqual({ extraAnswers: error.message });
  });
});

describe('stored answers', () => {
  it('reads defensively and spreads into columns by label, in order of first appearance', () => {
    const a = readExtraAnswers([{ label: 'B', kind: 'yes_no', answer: true }, { label: 'x' }, 3]);
    const b = readExtraAnswers([
      { label: 'A', kind: 'scale', answer: 5 },
      { label: 'B', kind: 'yes_no', answer: false },
    ]);
    expect(readExtraAnswers('nope')).toEqual([]);
    expect(extraAnswerColumns([a, b])).toEqual(['B', 'A']);
    expect(extraAnswerCell(a, 'B')).toBe('Oui');
    expect(extraAnswerCell(a, 'A')).toBe('');
    expect(extraAnswerCell(b, 'A')).toBe(5);
  });
});
