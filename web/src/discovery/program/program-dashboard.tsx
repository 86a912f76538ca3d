import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { Load } from '../../components/loaded.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate, tenantBase } from '../../conventions/access.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { type Tab, Tabs } from '../../mentoring/components/tabs.tsx';
import { Link, useLocation } from '../../router.tsx';
import { discoveryApi } from '../api.ts';
import { formatDay, frenchNumber } from '../labels.ts';
import type { Program } from '../types.ts';
import { GroupsSection } from './groups-section.tsx';
import { HostsSection } from './hosts-section.tsx';
import { PlanningSection } from './planning-section.tsx';
import { QuotasSection } from './quotas-section.tsx';
import { SchoolsSection } from './schools-section.tsx';
import { StudentsSection } from './students-section.tsx';
import { SummarySection } from './summary-section.tsx';

const tabs: Tab[] = [
  { id: 'etablissements', label: 'Établissements' },
  { id: 'accueillants', label: 'Accueillants' },
  { id: 'quotas', label: 'Quotas' },
  { id: 'eleves', label: 'Élèves' },
  { id: 'groupes', label: 'Groupes' },
  { id: 'planning', label: 'Planning' },
  { id: 'bilan', label: 'Bilan' },
];

function Facts({ program }: { program: Program }) {
  const weights = program.priorityWeights;
  return (
    <dl class="facts facts--grid">
      <div>
        <dt>Année scolaire</dt>
        <dd>{program.season}</dd>
      </div>
      <div>
        <dt>Places</dt>
        <dd>{program.totalPlaces.toLocaleString('fr-FR')}</dd>
      </div>
      <div>
        <dt>Coefficients</dt>
        <dd>
          REP+ {frenchNumber(weights['REP+'], 3)}, REP {frenchNumber(weights.REP, 3)}, hors éducation
          prioritaire {frenchNumber(weights.none, 3)}
        </dd>
      </div>
      <div>
        <dt>Minimum par collège</dt>
        <dd>{program.minimumPerSchool ? `${program.minimumPerSchool} place(s)` : 'Aucun'}</dd>
      </div>
      <div>
        <dt>Élèves par groupe</dt>
        <dd>{program.groupSize}</dd>
      </div>
      {program.weeks?.length ? (
        <div>
          <dt>Semaines d’accueil</dt>
          <dd>
            <ul class="plain-list">
              {program.weeks.map((week) => (
                <li key={week.id}>
                  Du {formatDay(week.startDate)}
                  {week.closedAt ? ' (close)' : ''}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Dashboard({ tenant, program, reload }: { tenant: Tenant; program: Program; reload: () => void }) {
  const { path, query } = useLocation();
  const base = `${tenantBase(tenant)}/pass3e`;
  const flash = useFlash();
  const [selected, setSelected] = useState(() => {
    const asked = query.get('onglet');
    return tabs.some((tab) => tab.id === asked) ? asked! : 'etablissements';
  });
  // The tab lives in the address so a reload or a shared link opens the same one; replacing the
  // entry keeps "back" for leaving the program, as on the mentoring dashboard.
  const select = (id: string) => {
    setSelected(id);
    history.replaceState(history.state, '', `${path}?onglet=${id}`);
  };
  const props = { tenantSlug: tenant.slug, program, onChanged: reload };

  return (
    <>
      <p class="breadcrumb">
        <Link href={base}>
          <span aria-hidden="true">← </span>Pass’3e
        </Link>
      </p>
      <PageHeading title={program.name} />
      <FlashNotice flash={flash} />
      <Facts program={program} />
      <Tabs label="Étapes du programme" tabs={tabs} selected={selected} onSelect={select}>
        {selected === 'etablissements' ? <SchoolsSection {...props} /> : null}
        {selected === 'accueillants' ? <HostsSection {...props} /> : null}
        {selected === 'quotas' ? <QuotasSection {...props} /> : null}
        {selected === 'eleves' ? <StudentsSection {...props} /> : null}
        {selected === 'groupes' ? <GroupsSection {...props} /> : null}
        {selected === 'planning' ? <PlanningSection {...props} /> : null}
        {selected === 'bilan' ? <SummarySection {...props} /> : null}
      </Tabs>
    </>
  );
}

export default function ProgramDashboard({ programId }: { programId: string }) {
  return (
    <RoleGate roles={['tenant_admin']}>
      {(tenant) => (
        <Load
          load={() => discoveryApi.program(tenant.slug, programId)}
          deps={[tenant.slug, programId]}
          title="Programme Pass’3e"
        >
          {(program, reload) => <Dashboard tenant={tenant} program={program} reload={reload} />}
        </Load>
      )}
    </RoleGate>
  );
}
