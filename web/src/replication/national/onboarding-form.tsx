import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { CheckboxGroup } from '../../conventions/components/fields.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { OnboardTenantForm } from '../../screens/onboard-tenant-form.tsx';
import { replicationApi } from '../api.ts';
import { NationalGate } from '../components/national-gate.tsx';
import { programKindLabels } from '../labels.ts';

function TemplateChoice({ chosen, onChosen }: { chosen: string[]; onChosen: (ids: string[]) => void }) {
  const templates = useAsync(() => replicationApi.templates({ status: 'published', pageSize: 100 }), []);
  if (templates.status === 'error') return <Notice tone="error">{templates.error.message}</Notice>;
  if (!templates.data) return <Loading label="Chargement des modèles…" />;
  const items = templates.data.items;
  if (!items.length) {
    return <p>Aucun modèle publié pour le moment : la collectivité sera créée sans programme.</p>;
  }
  return (
    <CheckboxGroup
      id="accueil-modeles"
      legend={
        <>
          Modèles de programmes à installer <span class="optional">(facultatif)</span>
        </>
      }
      hint="Chaque modèle coché devient un programme de la nouvelle collectivité, dans sa dernière version."
      options={items.map((template) => ({
        value: template.id,
        label: (
          <>
            {template.name}{' '}
            <span class="muted">
              ({programKindLabels[template.kind]}, version {template.latestVersion})
            </span>
          </>
        ),
      }))}
      values={chosen}
      onValues={onChosen}
    />
  );
}

function Screen() {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <p class="breadcrumb">
        <Link href="/national/modeles">Modèles de programmes</Link>
      </p>
      <PageHeading title="Accueillir une collectivité à partir de modèles" />
      <p class="lead">
        En une fois : la collectivité est créée, son espace préparé, les programmes choisis installés, et la
        personne qui coordonne invitée. Vous suivez chaque étape jusqu’à ce que l’espace soit prêt.
      </p>
      <OnboardTenantForm
        submitLabel="Lancer l’accueil"
        send={async (input) => {
          const onboarding = await replicationApi.onboard({ ...input, templateIds: chosen });
          navigate(`/national/accueil-region/${encodeURIComponent(onboarding.id)}`);
        }}
      >
        <TemplateChoice chosen={chosen} onChosen={setChosen} />
      </OnboardTenantForm>
    </>
  );
}

export default function OnboardingForm() {
  return <NationalGate>{() => <Screen />}</NationalGate>;
}
