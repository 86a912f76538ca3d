import { type TenantDb, tenantSchema } from '@passerelle/db';
import { formatFrenchDate } from '@passerelle/domain';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Mail } from '../../../mail/mailer.ts';
import type { Outreach } from '../../mentoring/mentors/mentoring-deps.ts';
import type { DiscoveryProgramRow, DiscoveryWeekRow } from '../program-queries.ts';
import { surveyToken, surveyUrl } from './survey-links.ts';

const { discoveryGroups, discoveryPlanDays, discoveryStudents, discoveryTutors, people } = tenantSchema;

/** Once a week is closed, its tutors and the referents of its pupils' schools are asked how it went. */
export async function weekSurveyMails(input: {
  db: Pick<TenantDb, 'select' | 'selectDistinct'>;
  outreach: Pick<Outreach, 'publicUrl' | 'tenant'>;
  secret: string;
  program: DiscoveryProgramRow;
  week: DiscoveryWeekRow;
}): Promise<Mail[]> {
  const { db, outreach, program, week } = input;
  const groups = await db
    .select({ id: discoveryGroups.id })
    .from(discoveryGroups)
    .where(eq(discoveryGroups.weekId, week.id));
  if (groups.length === 0) return [];
  const groupIds = groups.map((g) => g.id);
  const [tutors, referents] = await Promise.all([
    db
      .selectDistinct({ id: discoveryTutors.id, email: discoveryTutors.email })
      .from(discoveryPlanDays)
      .innerJoin(discoveryTutors, eq(discoveryTutors.id, discoveryPlanDays.tutorId))
      .where(inArray(discoveryPlanDays.groupId, groupIds)),
    db
      .selectDistinct({ schoolId: people.organizationId, email: people.email })
      .from(discoveryStudents)
      .innerJoin(people, eq(people.organizationId, discoveryStudents.schoolId))
      .where(
        and(
          inArray(discoveryStudents.groupId, groupIds),
          isNotNull(people.email),
          isNotNull(people.identityId),
        ),
      ),
  ]);
  const when = `la semaine du ${formatFrenchDate(week.startDate)}`;
  const mail = async (to: string, kind: 'tutor' | 'school', ref: string, intro: string): Promise<Mail> => {
    const token = await surveyToken({
      secret: input.secret,
      tenantSlug: outreach.tenant.slug,
      respondent: { kind, programId: program.id, weekId: week.id, ref },
    });
    return {
      to,
      subject: `${program.name} : votre avis sur ${when}`,
      text: [
        'Bonjour,',
        '',
        intro,
        'Une note de 1 à 5 et, si vous le souhaitez, un commentaire : deux minutes, qui nourrissent le bilan présenté aux élu·es.',
        '',
        surveyUrl(outreach, token),
      ].join('\n'),
    };
  };
  return Promise.all([
    ...tutors.map((t) =>
      mail(
        t.email,
        'tutor',
        t.id,
        `Merci d’avoir accueilli des collégien·nes de « ${program.name} » ${when}.`,
      ),
    ),
    ...referents.map((r) =>
      mail(
        r.email!,
        'school',
        r.schoolId!,
        `Des élèves de votre collège ont découvert nos services ${when}.`,
      ),
    ),
  ]);
}
