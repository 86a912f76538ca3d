import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { hasRole, RoleGate, tenantBase } from '../../conventions/access.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { Link } from '../../router.tsx';
import { NotFound } from '../../screens/not-found.tsx';
import { discoveryApi } from '../api.ts';
import { ofName } from '../labels.ts';
import { BookletView } from './booklet-view.tsx';

function BackLink({ tenant, programId }: { tenant: Tenant; programId: string }) {
  const base = tenantBase(tenant);
  const [href, label] = hasRole(tenant, 'school_referent')
    ? [`${base}/mes-eleves-pass3e`, 'Mes élèves Pass’3e']
    : hasRole(tenant, 'mentor')
      ? [`${base}/mes-groupes`, 'Mes groupes Pass’3e']
      : [`${base}/pass3e/${encodeURIComponent(programId)}?onglet=eleves`, 'Élèves du programme'];
  return (
    <p class="breadcrumb">
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}

function StudentBookletScreen({
  tenant,
  programId,
  studentId,
}: {
  tenant: Tenant;
  programId: string;
  studentId: string;
}) {
  const loaded = useAsync(
    () => discoveryApi.studentBooklet(tenant.slug, programId, studentId),
    [tenant.slug, programId, studentId],
  );
  if (loaded.status === 'error' && loaded.error.status === 404) return <NotFound />;
  const booklet = loaded.data;
  return (
    <>
      <BackLink tenant={tenant} programId={programId} />
      <PageHeading title={booklet ? `Livret ${ofName(booklet.student.firstName)}` : 'Livret de l’élève'} />
      {loaded.status === 'error' ? <Notice tone="error">{loaded.error.message}</Notice> : null}
      {!booklet && loaded.status === 'loading' ? <Loading /> : null}
      {booklet ? (
        <>
          {booklet.student.schoolName ? <p class="lead">{booklet.student.schoolName}</p> : null}
          <BookletView booklet={booklet} />
        </>
      ) : null}
    </>
  );
}

/** A pupil's booklet read by the school that nominated them, their tutors or the coordination. */
export default function StudentBooklet({ programId, studentId }: { programId: string; studentId: string }) {
  return (
    <RoleGate roles={['tenant_admin', 'school_referent', 'mentor']}>
      {(tenant) => <StudentBookletScreen tenant={tenant} programId={programId} studentId={studentId} />}
    </RoleGate>
  );
}
