import { tenantSchema } from '@passerelle/db';
import { CreateOrganization, parseInput, UpdateOrganization } from '@passerelle/domain';
import { issueAuthorisationLink } from '../services/discovery/authorisations/authorisation-links.ts';
import {
  authoriseDiscovery,
  refuseDiscovery,
} from '../services/discovery/authorisations/decide-authorisation.ts';
import {
  DiscoveryProgramInput,
  HostInput,
  StudentNomination,
} from '../services/discovery/discovery-inputs.ts';
import { formProgramGroups } from '../services/discovery/groups/form-program-groups.ts';
import { addHost } from '../services/discovery/hosts/add-host.ts';
import { planProgram } from '../services/discovery/plan/plan-program.ts';
import { computeQuotas } from '../services/discovery/quotas/compute-quotas.ts';
import { createDiscoveryProgram } from '../services/discovery/save-program.ts';
import { nominateStudent } from '../services/discovery/students/nominate-student.ts';
import { createOrganization } from '../services/organizations/create-organization.ts';
import { updateOrganization } from '../services/organizations/update-organization.ts';
import type { DemoSeedInput } from './demo-seed-input.ts';

// Clermont-Ferrand's services that host pupils (seed 003): jobs mixed in gender or qualification
// are flagged, as the Mission Égalité des Droits values them in the pupils' paths.
const HOSTS = [
  {
    name: 'Direction des Espaces verts',
    existing: true,
    jobFamily: 'environnement',
    mixedJob: true,
    capacityGroupsPerDay: 2,
    tutors: [
      ['Karim Haddad', 'k.haddad'],
      ['Sophie Roux', 's.roux'],
    ],
  },
  {
    name: 'Police municipale',
    jobFamily: 'droit',
    mixedJob: true,
    capacityGroupsPerDay: 1,
    tutors: [
      ['Nadia Benali', 'n.benali', [1, 2]],
      ['Julien Morel', 'j.morel'],
    ],
  },
  {
    name: 'Médiathèque de Jaude',
    jobFamily: 'culture',
    mixedJob: true,
    capacityGroupsPerDay: 2,
    tutors: [
      ['Claire Fabre', 'c.fabre'],
      ['Hugo Lambert', 'h.lambert'],
    ],
  },
  {
    name: 'Informatique',
    organization: 'Direction des systèmes d’information',
    jobFamily: 'numerique',
    mixedJob: true,
    capacityGroupsPerDay: 1,
    tutors: [['Amina Diallo', 'a.diallo']],
  },
  {
    name: 'Petite enfance',
    jobFamily: 'education',
    mixedJob: true,
    capacityGroupsPerDay: 2,
    tutors: [
      ['Thomas Girard', 't.girard'],
      ['Léa Moulin', 'l.moulin'],
    ],
  },
  {
    name: 'État civil',
    jobFamily: 'administration',
    mixedJob: false,
    capacityGroupsPerDay: 1,
    tutors: [['Martine Vidal', 'm.vidal']],
  },
  {
    name: 'Restauration scolaire',
    jobFamily: 'hotellerie',
    mixedJob: false,
    capacityGroupsPerDay: 1,
    availableWeeks: ['2027-01-11', '2027-02-01'],
    tutors: [['Bruno Petit', 'b.petit', [1, 3]]],
  },
] as const;

/** 3e enrolments, as the schools' import would fill them. */
const ENROLMENTS = { 'Collège Albert-Camus': 104, 'Collège Jules-Vallès': 128, 'Collège Lucie-Aubrac': 150 };

// name, gender, interests; the last two are answered "pending" and "refused".
const PUPILS: Record<keyof typeof ENROLMENTS, [string, 'F' | 'M' | 'X', string[]][]> = {
  'Collège Albert-Camus': [
    ['Inès', 'F', ['numerique', 'droit']],
    ['Yanis', 'M', ['environnement', 'sport']],
    ['Sarah', 'F', ['education', 'culture']],
    ['Mehdi', 'M', ['droit']],
    ['Lina', 'F', ['culture', 'numerique']],
    ['Adam', 'M', ['hotellerie', 'environnement']],
    ['Aya', 'F', ['administration', 'droit']],
    ['Rayan', 'M', ['numerique']],
  ],
  'Collège Jules-Vallès': [
    ['Emma', 'F', ['environnement', 'education']],
    ['Noah', 'M', ['culture']],
    ['Chloé', 'F', ['droit', 'administration']],
    ['Hugo', 'M', ['numerique', 'culture']],
    ['Maëlys', 'F', ['education']],
    ['Nolan', 'M', ['hotellerie']],
    ['Sacha', 'X', ['culture', 'environnement']],
    ['Lucas', 'M', ['droit', 'numerique']],
  ],
  'Collège Lucie-Aubrac': [
    ['Jade', 'F', ['numerique', 'education']],
    ['Louis', 'M', ['environnement']],
    ['Léna', 'F', ['culture', 'droit']],
    ['Tom', 'M', ['administration']],
    ['Zoé', 'F', ['education', 'hotellerie']],
    ['Ethan', 'M', ['droit', 'environnement']],
    ['Manon', 'F', ['culture']],
    ['Enzo', 'M', ['numerique', 'hotellerie']],
  ],
};

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Clermont-Ferrand's Pass'3e 2026-2027 (seed 003): four weeks, seven services with their tutors,
 * quotas over the demo collèges, 24 pupils proposed (22 authorised by their guardian), groups
 * formed and the weeks planned — all through the verbs the API uses.
 */
export async function seedDemoDiscovery(input: DemoSeedInput) {
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
  const idOf = (name: string) => orgs.find((o) => o.name === name)?.id;

  for (const [name, enrolment3e] of Object.entries(ENROLMENTS)) {
    await updateOrganization({ ctx, id: idOf(name)!, data: parseInput(UpdateOrganization, { enrolment3e }) });
  }

  const program = await createDiscoveryProgram({
    ctx,
    data: parseInput(DiscoveryProgramInput, {
      name: 'Pass’3e',
      season: '2026-2027',
      totalPlaces: 40,
      weeks: ['2026-12-07', '2027-01-11', '2027-02-01', '2027-03-15'],
    }),
  });

  for (const host of HOSTS) {
    const organizationId =
      ('existing' in host && idOf(host.name)) ||
      (
        await createOrganization({
          ctx,
          data: parseInput(CreateOrganization, {
            kind: 'service',
            name: 'organization' in host ? host.organization : host.name,
            communeCode: '63113',
          }),
        })
      ).id;
    await addHost({
      ctx,
      outreach,
      programId: program.id,
      data: parseInput(HostInput, {
        organizationId,
        name: host.name,
        jobFamily: host.jobFamily,
        mixedJob: host.mixedJob,
        capacityGroupsPerDay: host.capacityGroupsPerDay,
        ...('availableWeeks' in host ? { availableWeeks: host.availableWeeks } : {}),
        tutors: host.tutors.map(([name, login, days]) => ({
          name,
          email: `${login}@clermont-ferrand.example`,
          ...(days ? { days } : {}),
        })),
      }),
    });
  }

  await computeQuotas({ ctx, programId: program.id });

  const publicCtx = {
    db,
    requestId: 'seed',
    now,
    tenant: input.tenant,
    client: { ip: null, userAgent: 'données de démonstration' },
  };
  for (const [school, pupils] of Object.entries(PUPILS)) {
    for (const [index, [firstName, gender, interests]] of pupils.entries()) {
      const student = await nominateStudent({
        ctx,
        outreach,
        caller: admin,
        programId: program.id,
        data: parseInput(StudentNomination, {
          schoolId: idOf(school),
          firstName,
          lastName: 'Démo',
          gender,
          interests,
          reason: 'Pas de réseau professionnel dans l’entourage pour trouver un stage.',
          guardianEmail: `famille.${ascii(firstName)}@parents.example`,
        }),
      });
      const answer =
        school === 'Collège Lucie-Aubrac' && index >= 6 ? (index === 6 ? 'pending' : 'refused') : 'given';
      if (answer === 'pending') continue;
      // The demo answers as the guardian would, through a fresh link of their own.
      const token = await issueAuthorisationLink(db, { studentId: student.id, now });
      if (answer === 'refused') await refuseDiscovery({ ctx: publicCtx, token });
      else
        await authoriseDiscovery({
          ctx: publicCtx,
          token,
          data: { guardianName: `Parent de ${firstName}`, relationship: 'mere', consent: true },
        });
    }
  }

  await formProgramGroups({ ctx, programId: program.id });
  await planProgram({ ctx, outreach, programId: program.id });
}
