import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { assertCanDebrief, canDebrief, readDebriefAnswers, summariseDebriefs } from './debrief.ts';

describe('who can answer the debrief', () => {
  it('is open to an active pair and to a pair closed after meeting, never to one that never met', () => {
    expect(canDebrief({ status: 'active', activatedAt: '2026-10-10' })).toBe(true);
    expect(canDebrief({ status: 'closed', activatedAt: '2026-10-10' })).toBe(true);
    expect(canDebrief({ status: 'closed', activatedAt: null })).toBe(false);
    for (const status of ['proposed', 'accepted', 'introduced']) {
      expect(canDebrief({ status, activatedAt: null })).toBe(false);
    }
    expect(() => assertCanDebrief({ status: 'accepted', activatedAt: null })).toThrow(DomainError);
    expect(() => assertCanDebrief({ status: 'accepted', activatedAt: null })).toThrow(
      /une fois le binôme actif/,
    );
  });
});

describe('the program’s debrief figures', () => {
  it('averages to one decimal and gives the share wishing to continue, overall and by side', () => {
    const summary = summariseDebriefs({
      pairs: 4,
      answers: [
        { respondent: 'mentor', satisfaction: 5, usefulness: 4, wouldContinue: true },
        { respondent: 'mentor', satisfaction: 4, usefulness: 4, wouldContinue: true },
        { respondent: 'mentor', satisfaction: 2, usefulness: 3, wouldContinue: false },
        { respondent: 'mentee', satisfaction: 5, usefulness: 5, wouldContinue: true },
      ],
    });
    expect(summary).toEqual({
      pairs: 4,
      answers: 4,
      satisfaction: 4,
      usefulness: 4,
      wouldContinuePercent: 75,
      byRespondent: {
        mentor: { answers: 3, satisfaction: 3.7, usefulness: 3.7, wouldContinuePercent: 67 },
        mentee: { answers: 1, satisfaction: 5, usefulness: 5, wouldContinuePercent: 100 },
      },
    });
  });

  it('says nothing rather than zero when nobody answered', () => {
    const empty = { answers: 0, satisfaction: null, usefulness: null, wouldContinuePercent: null };
    expect(summariseDebriefs({ pairs: 2, answers: [] })).toEqual({
      pairs: 2,
      ...empty,
      byRespondent: { mentor: empty, mentee: empty },
    });
  });

  it('reads a stored answer back, and nothing from a row that does not hold one', () => {
    expect(readDebriefAnswers({ satisfaction: 4, usefulness: 3, wouldContinue: false })).toEqual({
      satisfaction: 4,
      usefulness: 3,
      wouldContinue: false,
    });
    expect(readDebriefAnswers({ satisfaction: 'beaucoup' })).toBeNull();
  });
});
