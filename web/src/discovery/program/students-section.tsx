import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { formatDate } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { StudentTable } from '../components/student-table.tsx';
import { ofName } from '../labels.ts';
import type { Student } from '../types.ts';
import type { SectionProps } from './section-props.ts';

type Issued = { student: Student; url: string; expiresAt: string };

/** A convention the city withdrew, or a party declined, can be sent again. */
const remakeable = (s: Student) => s.conventionStatus === 'withdrawn' || s.conventionStatus === 'declined';

/** Élèves: the pupils the collèges nominated, their guardian's answer, and their booklet. */
export function StudentsSection({ tenantSlug, program }: SectionProps) {
  const list = useAsync(() => discoveryApi.students(tenantSlug, program.id), [tenantSlug, program.id]);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [drafted, setDrafted] = useState<Student | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const students = list.data?.items ?? [];
  const given = students.filter((s) => s.authorisation === 'given').length;
  const girls = students.filter((s) => s.gender === 'F').length;
  const base = `/t/${encodeURIComponent(tenantSlug)}/pass3e/${encodeURIComponent(program.id)}/eleves`;

  useEffect(() => {
    if (issued || failure || drafted) noticeRef.current?.focus();
  }, [issued, failure, drafted]);

  // The pupil's internship convention goes out for signature to the collège, the legal
  // representative and the city; it then lives with the other conventions.
  const draftConvention = async (student: Student) => {
    setFailure(null);
    setDrafted(null);
    try {
      await discoveryApi.createInternshipConvention(tenantSlug, program.id, student.id);
      setDrafted(student);
      list.reload();
    } catch (error) {
      setFailure((error as ApiError).message);
    }
  };
  const conventionsBase = `/t/${encodeURIComponent(tenantSlug)}/conventions`;

  const issue = async (student: Student) => {
    setFailure(null);
    setIssued(null);
    try {
      const link = await discoveryApi.createBookletLink(tenantSlug, program.id, student.id);
      setIssued({ student, url: link.url, expiresAt: link.expiresAt });
    } catch (error) {
      setFailure((error as ApiError).message);
    }
  };

  return (
    <>
      <h2>Élèves</h2>
      <p>
        Les collèges proposent leurs élèves dans la limite de leur quota. Seuls les élèves autorisés par leur
        responsable légal·e entrent dans les groupes ; chacun reçoit le lien de son livret une fois sa semaine
        planifiée.
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !students.length ? <p>Aucun élève proposé pour le moment.</p> : null}
      {failure ? (
        <Notice tone="error" noticeRef={noticeRef}>
          {failure}
        </Notice>
      ) : null}
      {drafted ? (
        <Notice tone="success" noticeRef={noticeRef}>
          La convention de stage {ofName(drafted.firstName)} est envoyée pour signature au collège, au
          représentant légal puis à la ville.
        </Notice>
      ) : null}
      {issued ? (
        <Notice tone="success" noticeRef={noticeRef}>
          <p>
            <strong>Nouveau lien du livret {ofName(issued.student.firstName)}</strong>, valable jusqu’au{' '}
            {formatDate(issued.expiresAt)} ; les liens déjà envoyés restent valables :
          </p>
          <p class="link-value">{issued.url}</p>
        </Notice>
      ) : null}
      {students.length ? (
        <>
          <p class="result-count">
            {students.length} élève{students.length > 1 ? 's' : ''} proposé{students.length > 1 ? 's' : ''},
            dont {given} autorisé{given > 1 ? 's' : ''} ; {girls} fille{girls > 1 ? 's' : ''}.
          </p>
          <StudentTable
            students={students}
            caption="Élèves proposés par les collèges"
            bookletHref={(s) => `${base}/${encodeURIComponent(s.id)}`}
            bookletExtra={(s) =>
              s.groupId ? (
                <>
                  <button type="button" class="link-button block" onClick={() => issue(s)}>
                    Nouveau lien<span class="visually-hidden"> du livret {ofName(s.firstName)}</span>
                  </button>
                  {s.conventionId ? (
                    <a class="block" href={`${conventionsBase}/${encodeURIComponent(s.conventionId)}`}>
                      {remakeable(s) ? 'Convention de stage retirée ou refusée' : 'Convention de stage'}
                      <span class="visually-hidden"> {ofName(s.firstName)}</span>
                    </a>
                  ) : null}
                  {(!s.conventionId || remakeable(s)) && s.authorisation === 'given' ? (
                    <button type="button" class="link-button block" onClick={() => draftConvention(s)}>
                      Envoyer la convention de stage
                      <span class="visually-hidden"> {ofName(s.firstName)}</span>
                    </button>
                  ) : null}
                </>
              ) : null
            }
          />
        </>
      ) : null}
    </>
  );
}
