import { tenantSchema } from '@passerelle/db';
import { MentorInput, MentoringProgramInput, NominationInput, parseInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { createMentor } from '../services/mentoring/mentors/create-mentor.ts';
import { recordHonorability } from '../services/mentoring/mentors/record-honorability.ts';
import { signCharter } from '../services/mentoring/mentors/sign-charter.ts';
import { createProgram } from '../services/mentoring/save-program.ts';
import { authoriseMentoring } from '../services/mentoring/young-people/decide-guardian-authorisation.ts';
import { issueGuardianLink } from '../services/mentoring/young-people/guardian-links.ts';
import { nominateYoungPerson } from '../services/mentoring/young-people/nominate-young-person.ts';
import type { DemoSeedInput } from './demo-seed-input.ts';

/**
 * Suresnes' agents mentoring lycée-pro students with C'Possible (seed 000): a program, three agent
 * mentors (checked, charter signed, one awaiting the manager's approval), four students, three
 * authorised by their guardian — enough to run the matching in the demo. Made through the verbs.
 */
export async function seedDemoMentoring(input: DemoSeedInput) {
  const { db } = input;
  const now = new Date();
  const ctx = { db, actorId: input.actorId, requestId: 'seed', now };
  const outreach = {
    control: input.control,
    mailer: input.mailer,
    tenant: input.tenant,
    publicUrl: input.publicUrl,
  };
  const admin = { identityId: input.actorId, roles: ['tenant_admin' as const] };
  const orgs = await db.select().from(tenantSchema.organizations);
  const byName = (name: string) => orgs.find((o) => o.name === name)!.id;

  const program = await createProgram({
    ctx,
    data: parseInput(MentoringProgramInput, {
      name: 'Agents mentors de lycéens professionnels',
      audienceLevels: ['2nde', '1re', 'terminale', 'cap', 'bac_pro'],
      eligibility: {
        mode: 'any',
        scholarship: true,
        priorityNeighbourhood: true,
        custom: ['Sans réseau professionnel'],
      },
      season: '2026-2027',
      durationMonths: 10,
      weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 1 },
      operatorOrganizationId: byName('C’Possible'),
      agentHoursAllowance: 40,
    }),
  });

  const agents = [
    {
      firstName: 'Agent',
      lastName: 'mentor',
      email: 'agent.mentor@suresnes.example',
      jobFamily: 'numerique',
      jobTitle: 'Développeur au service informatique',
      availability: ['wed_pm', 'thu_pm'],
      approve: true,
    },
    {
      firstName: 'Nadia',
      lastName: 'Benali',
      email: 'n.benali@suresnes.example',
      jobFamily: 'sante',
      jobTitle: 'Infirmière au centre municipal de santé',
      availability: ['wed_pm', 'sat_am'],
      approve: true,
    },
    {
      firstName: 'Luc',
      lastName: 'Moreau',
      email: 'l.moreau@suresnes.example',
      jobFamily: 'environnement',
      jobTitle: 'Jardinier aux espaces verts',
      availability: ['tue_pm'],
      approve: false,
    },
  ];
  for (const agent of agents) {
    const mentor = await createMentor({
      ctx,
      outreach,
      caller: admin,
      programId: program.id,
      data: parseInput(MentorInput, {
        ...agent,
        organizationId: byName('Direction des ressources humaines'),
        communeCode: '92073',
        onWorkTime: true,
        managerEmail: 'responsable@suresnes.example',
      }),
    });
    await recordHonorability({
      ctx,
      mentorId: mentor.id,
      data: {
        verified: true,
        checkedOn: '2026-09-15',
        expiresOn: '2029-09-14',
        verifiedBy: 'Direction des ressources humaines',
      },
    });
    const [row] = await db.select().from(tenantSchema.mentors).where(eq(tenantSchema.mentors.id, mentor.id));
    await signCharter({ ctx: { ...ctx, actorId: row!.identityId! }, mentorId: mentor.id });
    if (agent.approve) {
      await db
        .update(tenantSchema.mentors)
        .set({ managerApproval: 'approved', managerDecidedAt: now.toISOString() })
        .where(eq(tenantSchema.mentors.id, mentor.id));
    }
  }

  const students = [
    {
      firstName: 'Yanis',
      lastName: 'Haddad',
      level: '1re',
      interests: ['numerique'],
      availability: ['wed_pm'],
      authorise: true,
    },
    {
      firstName: 'Inès',
      lastName: 'Traoré',
      level: '2nde',
      interests: ['sante', 'education'],
      availability: ['sat_am', 'wed_pm'],
      authorise: true,
    },
    {
      firstName: 'Mathis',
      lastName: 'Lopes',
      level: 'terminale',
      interests: ['numerique', 'commerce'],
      availability: ['thu_pm'],
      authorise: true,
    },
    {
      firstName: 'Sarah',
      lastName: 'Kone',
      level: 'cap',
      interests: ['hotellerie'],
      availability: ['wed_pm'],
      authorise: false,
    },
  ];
  for (const student of students) {
    const { youngPerson } = await nominateYoungPerson({
      ctx,
      outreach,
      caller: admin,
      programId: program.id,
      data: parseInput(NominationInput, {
        ...student,
        birthDate: '2009-03-12',
        schoolId: byName('Lycée professionnel Louis-Blériot'),
        communeCode: '92073',
        reason: 'no_network',
        scholarship: true,
        customCriteria: ['Sans réseau professionnel'],
        guardianEmail: `famille.${student.lastName.toLowerCase()}@example.org`,
      }),
    });
    if (student.authorise) {
      // The demo answers as the guardian would, through a fresh link of their own.
      const token = await issueGuardianLink(db, { youngPersonId: youngPerson.id, now });
      await authoriseMentoring({
        ctx: {
          db,
          requestId: 'seed',
          now,
          tenant: input.tenant,
          client: { ip: null, userAgent: 'données de démonstration' },
        },
        token,
        data: {
          guardianName: `Parent de ${student.firstName}`,
          relationship: 'mere',
          scope: ['share_profile', 'meetings', 'contact'],
          consent: true,
        },
      });
    }
  }
}
