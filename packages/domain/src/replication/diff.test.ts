import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import type { ProgramTemplateDefinition } from './definition.ts';
import { applyTemplateFields, diffTemplateVersions, localChanges } from './diff.ts';
import { flattenDefinition, unflattenDefinition } from './fields.ts';
import { assertNewerVersion, bumpVersion, compareSemver } from './semver.ts';

const v1: ProgramTemplateDefinition = {
  format: 1,
  kind: 'mentoring',
  mentoring: {
    name: 'Mentorat des agents',
    audienceLevels: ['2nde', '1re'],
    eligibility: {
      mode: 'any',
      scholarship: true,
      priorityEducation: false,
      priorityNeighbourhood: true,
      custom: [],
    },
    season: '2026-2027',
    durationMonths: 10,
    defaultCapacity: 1,
    weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 0 },
    agentHoursAllowance: 20,
    noMeetingReminderWeeks: 4,
  },
  conventionTemplate: {
    name: 'Convention agents',
    kind: 'internal_agreement',
    title: 'Convention de mentorat',
    clauses: [
      { heading: 'Objet', body: 'Entre {{collectivite}} et {{partenaire}}.' },
      { heading: 'Durée', body: '{{duree_annees}} ans.' },
    ],
    commitmentTypes: ['volunteer_mentors'],
    durationMonths: 36,
    signatories: [
      { role: 'partner_representative', label: 'Le service' },
      { role: 'tenant_representative', label: 'Le maire' },
    ],
    signingOrder: 'sequential',
  },
  surveyQuestions: [{ label: 'Êtes-vous satisfait ?', kind: 'scale' }],
  documents: [],
};

const clone = (d: ProgramTemplateDefinition): ProgramTemplateDefinition => JSON.parse(JSON.stringify(d));

describe('template definitions as fields', () => {
  it('round-trips through flat fields, articles one field each', () => {
    const flat = flattenDefinition(v1);
    expect(flat['mentoring.weights.interests']).toBe(3);
    expect(flat['conventionTemplate.clauses.1']).toEqual({ heading: 'Durée', body: '{{duree_annees}} ans.' });
    expect(flat['mentoring.audienceLevels']).toEqual(['2nde', '1re']);
    expect(unflattenDefinition(flat)).toEqual(v1);
  });
});

describe('three-way diff of a new version', () => {
  it('lists what the template changed, with the tenant’s own value and conflicts', () => {
    const v2 = clone(v1);
    v2.mentoring!.weights.interests = 5;
    v2.mentoring!.durationMonths = 12;
    v2.conventionTemplate!.clauses.push({ heading: 'Données', body: 'RGPD.' });
    const local = clone(v1);
    local.mentoring!.durationMonths = 9; // the tenant shortened it
    local.mentoring!.name = 'Mentorat à Rueil'; // a change the template does not touch

    const changes = diffTemplateVersions({ base: v1, local, target: v2 });
    expect(changes.map((c) => c.path)).toEqual([
      'conventionTemplate.clauses.2',
      'mentoring.durationMonths',
      'mentoring.weights.interests',
    ]);
    const duration = changes.find((c) => c.path === 'mentoring.durationMonths')!;
    expect(duration).toMatchObject({ base: 10, local: 9, target: 12, localChanged: true, conflict: true });
    expect(duration.label).toBe('Durée de l’accompagnement (mois)');
    const weight = changes.find((c) => c.path === 'mentoring.weights.interests')!;
    expect(weight).toMatchObject({
      localChanged: false,
      conflict: false,
      label: 'Poids du critère « centres d’intérêt et métier »',
    });
    expect(changes[0]!.label).toBe('Convention : article 3');

    expect(localChanges(v1, local).map((c) => c.path)).toEqual([
      'mentoring.durationMonths',
      'mentoring.name',
    ]);
  });

  it('applies the chosen fields only and keeps the tenant’s other changes', () => {
    const v2 = clone(v1);
    v2.mentoring!.weights.interests = 5;
    v2.mentoring!.durationMonths = 12;
    const local = clone(v1);
    local.mentoring!.name = 'Mentorat à Rueil';
    local.mentoring!.durationMonths = 9;

    const applied = applyTemplateFields({ local, target: v2, paths: ['mentoring.weights.interests'] });
    expect(applied.mentoring!.weights.interests).toBe(5);
    expect(applied.mentoring!.durationMonths).toBe(9);
    expect(applied.mentoring!.name).toBe('Mentorat à Rueil');
  });

  it('removes an article the new version dropped, keeping the others in order', () => {
    const v2 = clone(v1);
    v2.conventionTemplate!.clauses = [v1.conventionTemplate!.clauses[1]!];
    const changes = diffTemplateVersions({ base: v1, local: v1, target: v2 });
    expect(changes.map((c) => c.path)).toEqual([
      'conventionTemplate.clauses.0',
      'conventionTemplate.clauses.1',
    ]);
    const applied = applyTemplateFields({ local: v1, target: v2, paths: changes.map((c) => c.path) });
    expect(applied.conventionTemplate!.clauses).toEqual([
      { heading: 'Durée', body: '{{duree_annees}} ans.' },
    ]);
  });

  it('refuses a combination that does not hold together, naming the field', () => {
    const v2 = clone(v1);
    v2.conventionTemplate!.signatories = [{ role: 'partner_representative', label: 'Le service' }];
    try {
      applyTemplateFields({ local: v1, target: v2, paths: ['conventionTemplate.signatories'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields).toHaveProperty('conventionTemplate.signatories');
    }
  });

  it('says nothing changed when the tenant already made the same change', () => {
    const v2 = clone(v1);
    v2.mentoring!.defaultCapacity = 2;
    const local = clone(v2);
    const [change] = diffTemplateVersions({ base: v1, local, target: v2 });
    expect(change).toMatchObject({ alreadyApplied: true, conflict: false, localChanged: true });
  });
});

describe('semantic versions', () => {
  it('orders numerically and bumps', () => {
    expect(compareSemver('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3');
  });

  it('refuses a version that is not after the latest', () => {
    expect(() => assertNewerVersion('1.2.0', '1.2.0')).toThrow(/postérieure/);
    expect(() => assertNewerVersion('1.2.0', '1.1.9')).toThrow(DomainError);
    expect(() => assertNewerVersion('1.2.0', '1.2.1')).not.toThrow();
  });
});
