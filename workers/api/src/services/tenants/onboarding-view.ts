import { type ControlDb, controlSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';

const { onboardings, tenants } = controlSchema;

export const ONBOARDING_STEPS = ['created', 'provisioned', 'migrated', 'templates', 'invited'] as const;
export type OnboardingStepKey = (typeof ONBOARDING_STEPS)[number];
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

const LABELS: Record<OnboardingStepKey, string> = {
  created: 'Créer l’espace de la collectivité',
  provisioned: 'Ouvrir sa base de données',
  migrated: 'Mettre la base au dernier schéma',
  templates: 'Copier les modèles choisis',
  invited: 'Inviter l’administrateur·rice',
};

/**
 * A step as stored. `admin` (on the `invited` step) is who to invite: kept only until the
 * invitation is sent, never shown.
 */
export type StoredStep = {
  key: OnboardingStepKey;
  status: StepStatus;
  detail: string | null;
  admin?: { email: string; name?: string | undefined } | null;
};

export type OnboardingRow = typeof onboardings.$inferSelect;

export async function findOnboarding(control: Pick<ControlDb, 'select'>, id: string): Promise<OnboardingRow> {
  const [row] = await control.select().from(onboardings).where(eq(onboardings.id, id));
  if (!row) throw notFound('Ouverture');
  return row;
}

export async function onboardingView(control: Pick<ControlDb, 'select'>, row: OnboardingRow) {
  const [tenant] = row.tenantId
    ? await control
        .select({ slug: tenants.slug, name: tenants.name })
        .from(tenants)
        .where(eq(tenants.id, row.tenantId))
    : [];
  return {
    id: row.id,
    slug: row.slug,
    tenant: tenant ?? null,
    templateIds: row.templateIds as string[],
    status: row.status as 'running' | 'ready' | 'failed',
    steps: (row.steps as StoredStep[]).map((s) => ({
      key: s.key,
      label: LABELS[s.key],
      status: s.status,
      detail: s.detail,
    })),
    error: row.error,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
export type OnboardingView = Awaited<ReturnType<typeof onboardingView>>;
