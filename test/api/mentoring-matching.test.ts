import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, youngPersonKey } from '@passerelle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/ville-de-suresnes';
const now = () => new Date().toISOString();

// Pools written straight into the tenant DB: this file tests programs, matching and pairs; the
// mentors' and young people's own routes have their own tests.
async function addMentor(
  db: TenantDb,
  input: {
    programId: string;
    organizationId: string;
    email: string;
    identityId?: string;
    jobFamily: string;
    availability: string[];
    onWorkTime?: boolean;
    honorable?: boolean;
    capacity?: number;
  },
) {
  const id = newId('mnt');
  await db.insert(tenantSchema.mentors).values({
    id,
    programId: input.programId,
    identityId: input.identityId ?? null,
    firstName: input.email.split('@')[0]!,
    lastName: 'Agent',
    email: input.email,
    organizationId: input.organizationId,
    jobFamily: input.jobFamily,
    jobTitle: 'Métier',
    skills: [],
    communeCode: '92073',
    availability: input.availability,
    capacity: input.capacity ?? 1,
    languages: ['fr'],
    preferredLevels: [],
    onWorkTime: input.onWorkTime ?? false,
    managerApproval: input.onWorkTime ? 'approved' : 'not_needed',
    hoursAllowance: input.onWorkTime ? 2 : 0,
    honorabilityVerified: input.honorable ?? true,
    honorabilityCheckedOn: '2026-09-01',
    honorabilityExpiresOn: input.honorable === false ? '2026-10-01' : '2029-09-01',
    honorabilityVerifiedBy: 'DRH',
    charterSignedAt: now(),
    updatedAt: now(),
  });
  return id;
}

async function addYoungPerson(
  db: TenantDb,
  input: {
    programId: string;
    schoolId: string;
    firstName: string;
    interests: string[];
    availability: string[];
    authorised?: boolean;
  },
) {
  const id = newId('yng');
  const base = {
    firstName: input.firstName,
    lastName: 'Élève',
    birthDate: '2010-05-04',
    schoolId: input.schoolId,
  };
  await db.insert(tenantSchema.youngPeople).values({
    id,
    programId: input.programId,
    ...base,
    identityKey: youngPersonKey(base),
    level: '2nde',
    communeCode: '92073',
    interests: input.interests,
    availability: input.availability,
    languages: ['fr'],
    reason: 'no_network',
    scholarship: true,
    priorityNeighbourhood: false,
    customCriteria: [],
    eligibility: { eligible: true, reasons: [] },
    eligible: true,
    guardianEmail: 'parent@example.org',
    authorisation: input.authorised === false ? 'pending' : 'given',
    updatedAt: now(),
  });
  return id;
}

describe('mentoring: matching and pairs', () => {
  let t: TestApp;
  let admin: string;
  let programId: string;
  const ids: Record<string, string> = {};
  const post = (path: string, body: unknown, cookie = admin) =>
    t.request(path, { method: 'POST', cookie, body: JSON.stringify(body) });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.suresnesAdmin);
    const created = await post(`${T}/mentoring/programs`, {
      name: 'Agents mentors — lycées professionnels',
      audienceLevels: ['2nde', '1re', 'terminale', 'cap', 'bac_pro'],
      eligibility: { mode: 'any', scholarship: true, priorityEducation: false, priorityNeighbourhood: true },
      season: '2026-2027',
      weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 1 },
      agentHoursAllowance: 2,
    });
    expect(created.status).toBe(201);
    programId = (await created.json()).id;
    const db = await t.tenantDb('ville-de-suresnes');
    const orgs = await db.select().from(tenantSchema.organizations);
    const service = orgs.find((o) => o.kind === 'service')!.id;
    const school = orgs.find((o) => o.kind === 'school')!.id;
    const agentIdentity = (await t.control.query.identities.findFirst({
      where: (i, { eq }) => eq(i.email, DEMO.suresnesMentor),
    }))!.id;
    ids.agent = await addMentor(db, {
      programId,
      organizationId: service,
      email: DEMO.suresnesMentor,
      identityId: agentIdentity,
      jobFamily: 'numerique',
      availability: ['wed_pm'],
      onWorkTime: true,
    });
    ids.nurse = await addMentor(db, {
      programId,
      organizationId: service,
      email: 'infirmiere@suresnes.example',
      jobFamily: 'sante',
      availability: ['wed_pm', 'sat_am'],
    });
    ids.expired = await addMentor(db, {
      programId,
      organizationId: service,
      email: 'ancien@suresnes.example',
      jobFamily: 'numerique',
      availability: ['wed_pm'],
      honorable: false,
    });
    ids.yanis = await addYoungPerson(db, {
      programId,
      schoolId: school,
      firstName: 'Yanis',
      interests: ['numerique'],
      availability: ['wed_pm'],
    });
    ids.ines = await addYoungPerson(db, {
      programId,
      schoolId: school,
      firstName: 'Inès',
      interests: ['sante'],
      availability: ['sat_am'],
    });
    ids.noAuth = await addYoungPerson(db, {
      programId,
      schoolId: school,
      firstName: 'Noah',
      interests: ['numerique'],
      availability: ['wed_pm'],
      authorised: false,
    });
  });
  afterAll(() => t.close());

  it('proposes the best pairs with a breakdown, and says why others stay unmatched', async () => {
    const latest = `${T}/mentoring/programs/${programId}/match-runs/latest`;
    expect(await (await t.request(latest, { cookie: admin })).json()).toEqual({ latest: null });
    const response = await post(`${T}/mentoring/programs/${programId}/match-runs`, {});
    expect(response.status).toBe(201);
    const run = await response.json();
    expect(run.run).toMatchObject({ method: 'exact', timedOut: false });
    const pairs = Object.fromEntries(
      run.proposals.map((p: { youngPerson: { firstName: string }; mentor: { id: string } }) => [
        p.youngPerson.firstName,
        p.mentor.id,
      ]),
    );
    expect(pairs).toEqual({ Yanis: ids.agent, Inès: ids.nurse });
    const yanis = run.proposals.find(
      (p: { youngPerson: { firstName: string } }) => p.youngPerson.firstName === 'Yanis',
    );
    expect(yanis.breakdown.map((b: { criterion: string }) => b.criterion).sort()).toEqual([
      'availability',
      'distance',
      'interests',
      'language',
      'preferences',
    ]);
    expect(yanis.breakdown.every((b: { explanation: string }) => b.explanation.length > 0)).toBe(true);
    expect(run.unmatchedYoungPeople).toEqual([
      expect.objectContaining({
        firstName: 'Noah',
        reasons: expect.arrayContaining([expect.stringMatching(/autorisation/i)]),
      }),
    ]);
    expect(run.unmatchedMentors).toEqual([
      expect.objectContaining({
        id: ids.expired,
        reasons: expect.arrayContaining([expect.stringMatching(/honorabilité/i)]),
      }),
    ]);
    expect(JSON.stringify(run)).not.toMatch(/scholarship|boursier/i);

    // After a reload the coordinator finds the same run: its method and who had no proposal, why.
    const again = (await (await t.request(latest, { cookie: admin })).json()).latest;
    expect(again.run).toMatchObject({ id: run.run.id, method: 'exact', timedOut: false });
    expect(again.proposals).toBe(run.proposals.length);
    expect(again.unmatchedYoungPeople).toEqual(run.unmatchedYoungPeople);
    expect(again.unmatchedMentors).toEqual(run.unmatchedMentors);
  });

  it('keeps a locked pair and never proposes a rejected one again', async () => {
    const before = await (
      await t.request(`${T}/mentoring/programs/${programId}/pairs?status=proposed`, { cookie: admin })
    ).json();
    const yanis = before.items.find(
      (p: { youngPerson: { firstName: string } }) => p.youngPerson.firstName === 'Yanis',
    );
    const ines = before.items.find(
      (p: { youngPerson: { firstName: string } }) => p.youngPerson.firstName === 'Inès',
    );
    expect((await post(`${T}/mentoring/pairs/${yanis.id}/lock`, {})).status).toBe(200);
    expect((await post(`${T}/mentoring/pairs/${ines.id}/reject`, {})).status).toBe(200);
    const rerun = await (await post(`${T}/mentoring/programs/${programId}/match-runs`, {})).json();
    expect(rerun.proposals.find((p: { id: string }) => p.id === yanis.id)).toMatchObject({
      locked: true,
      mentor: { id: ids.agent },
    });
    expect(
      rerun.proposals.some(
        (p: { mentor: { id: string }; youngPerson: { id: string } }) =>
          p.mentor.id === ids.nurse && p.youngPerson.id === ids.ines,
      ),
    ).toBe(false);
  });

  it('lets the mentor accept, meet within the allowance, and refuses what breaks the rules', async () => {
    const mentor = await t.signIn(DEMO.suresnesMentor);
    const space = await (await t.request(`${T}/mentoring/me`, { cookie: mentor })).json();
    const pair = space.pairs[0];
    expect(pair.mentee).toEqual({
      firstName: 'Yanis',
      level: '2nde',
      schoolName: expect.any(String),
      interests: ['numerique'],
      communeCode: '92073',
    });
    expect(JSON.stringify(space)).not.toMatch(/birthDate|lastName|scholarship|guardian/);

    const early = await post(
      `${T}/mentoring/pairs/${pair.id}/meetings`,
      { date: '2026-11-20', durationMinutes: 60, kind: 'in_person' },
      mentor,
    );
    expect((await early.json()).error.message).toContain('accepter');
    expect((await post(`${T}/mentoring/pairs/${pair.id}/accept`, {}, mentor)).status).toBe(200);
    const first = await post(
      `${T}/mentoring/pairs/${pair.id}/meetings`,
      { date: '2026-11-20', durationMinutes: 90, kind: 'in_person', note: 'Visite du service informatique' },
      mentor,
    );
    expect(first.status).toBe(201);
    const over = await post(
      `${T}/mentoring/pairs/${pair.id}/meetings`,
      { date: '2026-11-27', durationMinutes: 45, kind: 'video' },
      mentor,
    );
    expect(over.status).toBe(409);
    expect((await over.json()).error.message).toContain('enveloppe annuelle de 2 h');
    const hours = await (
      await t.request(`${T}/mentoring/programs/${programId}/agent-hours`, { cookie: admin })
    ).json();
    expect(hours.items.find((h: { mentor: { id: string } }) => h.mentor.id === ids.agent)).toMatchObject({
      allowanceHours: 2,
      usedMinutes: 90,
    });

    const forMentor = await (
      await t.request(`${T}/mentoring/pairs/${pair.id}/meetings`, { cookie: mentor })
    ).json();
    expect(forMentor.items[0]).not.toHaveProperty('note');
    const forAdmin = await (
      await t.request(`${T}/mentoring/pairs/${pair.id}/meetings`, { cookie: admin })
    ).json();
    expect(forAdmin.items[0].note).toBe('Visite du service informatique');

    const board = await (
      await t.request(`${T}/mentoring/programs/${programId}/pairs?status=active`, { cookie: admin })
    ).json();
    expect(board.items.map((p: { id: string }) => p.id)).toEqual([pair.id]);
    expect(
      (
        await post(`${T}/mentoring/pairs/${pair.id}/close`, {
          outcome: 'completed',
          reason: 'Fin d’année scolaire',
        })
      ).status,
    ).toBe(200);
    const closed = await post(
      `${T}/mentoring/pairs/${pair.id}/meetings`,
      { date: '2026-12-04', durationMinutes: 10, kind: 'phone' },
      mentor,
    );
    expect(closed.status).toBe(409);
    expect((await closed.json()).error.message).toContain('clos');
    expect(
      (
        await post(
          `${T}/mentoring/pairs/${pair.id}/debrief`,
          { respondent: 'mentor', satisfaction: 5, usefulness: 4, wouldContinue: true },
          mentor,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await post(
          `${T}/mentoring/pairs/${pair.id}/debrief`,
          { respondent: 'mentor', satisfaction: 5, usefulness: 4, wouldContinue: true },
          mentor,
        )
      ).status,
    ).toBe(409);
    const csv = await (
      await t.request(`${T}/mentoring/programs/${programId}/pairs/export.csv`, { cookie: admin })
    ).text();
    expect(csv).toContain('Yanis');
  });
});

describe('updating a program', () => {
  it('changes only the fields sent', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.signIn(DEMO.suresnesAdmin);
      const [program] = (await (await t.request(`${T}/mentoring/programs`, { cookie: admin })).json()).items;
      const patched = await (
        await t.request(`${T}/mentoring/programs/${program.id}`, {
          method: 'PATCH',
          cookie: admin,
          body: JSON.stringify({ noMeetingReminderWeeks: 6 }),
        })
      ).json();
      expect(patched).toMatchObject({
        noMeetingReminderWeeks: 6,
        agentHoursAllowance: program.agentHoursAllowance,
        weights: program.weights,
        durationMonths: program.durationMonths,
      });
    } finally {
      t.close();
    }
  });
});
