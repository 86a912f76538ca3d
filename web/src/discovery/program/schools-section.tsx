import type { Organization } from '../../api/types.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { SchoolImport } from './school-import.tsx';
import { SchoolList } from './school-list.tsx';
import type { SectionProps } from './section-props.ts';

/** Every collège of the directory, page after page: the quotas need them all. */
async function allColleges(tenantSlug: string) {
  const found: Organization[] = [];
  for (let page = 1; page <= 50; page++) {
    const batch = await discoveryApi.organizations(tenantSlug, { kind: 'school', page, pageSize: 100 });
    found.push(...batch.items);
    if (found.length >= batch.total || !batch.items.length) break;
  }
  return found.filter((s) => !s.schoolKind || s.schoolKind === 'college');
}

/** Établissements: the directory import and each collège's 3e enrolment. */
export function SchoolsSection({ tenantSlug }: SectionProps) {
  const list = useAsync(() => allColleges(tenantSlug), [tenantSlug]);
  return (
    <>
      <h2>Établissements</h2>
      <p>
        Les quotas de places se calculent sur les collèges de l’annuaire et leurs effectifs de 3e. Importez
        l’annuaire national, puis complétez les effectifs qu’il ne donne pas.
      </p>
      <SchoolImport tenantSlug={tenantSlug} onImported={list.reload} />
      <h3>Collèges</h3>
      <SchoolList tenantSlug={tenantSlug} list={list} />
    </>
  );
}
