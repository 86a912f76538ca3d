import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, useLocation } from '../../router.tsx';
import { NotFound } from '../../screens/not-found.tsx';
import { mentoringApi } from '../api.ts';
import { type Tab, Tabs } from '../components/tabs.tsx';
import { listLabels, schoolLevelLabels } from '../labels.ts';
import type { PairStatus, Program } from '../types.ts';
import { AgentHoursSection } from './agent-hours-section.tsx';
import { DebriefsSection } from './debriefs-section.tsx';
import { MatchingSection } from './matching-section.tsx';
import { MentorsSection } from './mentors-section.tsx';
import { PairsSection } from './pairs-section.tsx';
import { YoungPeopleSection } from './young-people-section.tsx';

const tabs: Tab[] = [
  { id: 'mentors', label: 'Mentors' },
  { id: 'jeunes', label: 'Jeunes' },
  { id: 'appariement', label: 'Appariement' },
  { id: 'binomes', label: 'Binômes' },
  { id: 'bilans', label: 'Bilans' },
  { id: 'heures', label: 'Heures des agents' },
];

const ruleWords = {
  scholarship: 'boursier ou boursière',
  priorityEducation: 'établissement en REP ou REP+',
  priorityNeighbourhood: 'habite un quartier prioritaire',
};

function eligibilitySummary(program: Program): string {
  const { eligibility } = program;
  const rules = [
    ...(['scholarship', 'priorityEducation', 'priorityNeighbourhood'] as const)
      .filter((rule) => eligibility[rule])
      .map((rule) => ruleWords[rule]),
    ...eligibility.custom,
  ];
  if (!rules.length) return 'Ouvert à tous les jeunes des niveaux visés';
  if (rules.length === 1) return `Critère : ${rules[0]}`;
  return `${eligibility.mode === 'all' ? 'Tous ces critères' : 'Au moins un de ces critères'} : ${rules.join(' ; ')}`;
}

const pairCountWords: Record<PairStatus, [string, string]> = {
  proposed: ['proposé', 'proposés'],
  accepted: ['accepté', 'acceptés'],
  introduced: ['présenté', 'présentés'],
  active: ['actif', 'actifs'],
  closed: ['clos', 'clos'],
};

function Counts({ program }: { program: Program }) {
  const counts = program.counts;
  if (!counts) return null;
  const pairs = Object.entries(counts.pairsByStatus)
    .filter(([, n]) => n)
    .map(([status, n]) => {
      const [one, many] = pairCountWords[status as PairStatus] ?? [status, status];
      return `${n} ${n! > 1 ? many : one}`;
    });
  return (
    <ul class="counts">
      <li>
        <strong>{counts.mentors}</strong> mentor{counts.mentors > 1 ? 's' : ''}
      </li>
      <li>
        <strong>{counts.youngPeople}</strong> jeune{counts.youngPeople > 1 ? 's' : ''} proposé
        {counts.youngPeople > 1 ? 's' : ''}, dont <strong>{counts.authorised}</strong> autorisé
        {counts.authorised > 1 ? 's' : ''}
      </li>
      <li>Binômes : {pairs.length ? pairs.join(', ') : 'aucun'}</li>
    </ul>
  );
}

function Dashboard({ tenant, program, reload }: { tenant: Tenant; program: Program; reload: () => void }) {
  const { path, query } = useLocation();
  const base = `${tenantBase(tenant)}/mentorat`;
  const flash = useFlash();
  const [selected, setSelected] = useState(() => {
    const asked = query.get('onglet');
    return tabs.some((tab) => tab.id === asked) ? asked! : 'mentors';
  });
  // The tab is written in the address so a reload or a shared link opens the same one. Replacing
  // the entry without the router: "back" leaves the program, and the page neither scrolls nor
  // moves the focus to its title.
  const select = (id: string) => {
    setSelected(id);
    history.replaceState(history.state, '', `${path}?onglet=${id}`);
  };
  // What a section changes (a run, a closed pair, a new mentor) shows in the counts above.
  const props = { tenantSlug: tenant.slug, program, onChanged: reload };

  return (
    <>
      <p class="breadcrumb">
        <Link href={base}>
          <span aria-hidden="true">← </span>Mentorat
        </Link>
      </p>
      <PageHeading title={program.name} />
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      <dl class="facts facts--grid">
        <div>
          <dt>Année scolaire</dt>
          <dd>{program.season}</dd>
        </div>
        <div>
          <dt>Niveaux visés</dt>
          <dd>{listLabels(schoolLevelLabels, program.audienceLevels)}</dd>
        </div>
        <div>
          <dt>Durée</dt>
          <dd>{program.durationMonths} mois</dd>
        </div>
        <div>
          <dt>Jeunes par mentor</dt>
          <dd>{program.defaultCapacity}</dd>
        </div>
        <div>
          <dt>Éligibilité</dt>
          <dd>{eligibilitySummary(program)}</dd>
        </div>
        {program.operator ? (
          <div>
            <dt>Association opératrice</dt>
            <dd>{program.operator.name}</dd>
          </div>
        ) : null}
      </dl>
      <Counts program={program} />
      <p>
        <a class="button button--secondary" href={mentoringApi.pairsCsvUrl(tenant.slug, program.id)} download>
          Exporter les binômes (CSV)
        </a>
      </p>
      <Tabs label="Sections du programme" tabs={tabs} selected={selected} onSelect={select}>
        {selected === 'mentors' ? <MentorsSection {...props} /> : null}
        {selected === 'jeunes' ? <YoungPeopleSection {...props} /> : null}
        {selected === 'appariement' ? <MatchingSection {...props} /> : null}
        {selected === 'binomes' ? <PairsSection {...props} /> : null}
        {selected === 'heures' ? <AgentHoursSection {...props} /> : null}
        {selected === 'bilans' ? <DebriefsSection {...props} /> : null}
      </Tabs>
    </>
  );
}

function DashboardScreen({ tenant, programId }: { tenant: Tenant; programId: string }) {
  const loaded = useAsync(() => mentoringApi.program(tenant.slug, programId), [tenant.slug, programId]);
  if (loaded.status === 'error' && loaded.error.status === 404) return <NotFound />;
  if (loaded.status === 'error') {
    return (
      <>
        <PageHeading title="Programme de mentorat" />
        <Notice tone="error">{loaded.error.message}</Notice>
      </>
    );
  }
  if (!loaded.data) return <Loading />;
  return <Dashboard tenant={tenant} program={loaded.data} reload={loaded.reload} />;
}

export default function ProgramDashboard({ programId }: { programId: string }) {
  return (
    <RoleGate roles={['tenant_admin']}>
      {(tenant) => <DashboardScreen tenant={tenant} programId={programId} />}
    </RoleGate>
  );
}
