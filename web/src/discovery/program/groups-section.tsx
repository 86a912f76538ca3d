import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { frenchNumber, genderLabels } from '../labels.ts';
import type { Group, GroupsResult } from '../types.ts';
import type { SectionProps } from './section-props.ts';
import { Warnings } from './warnings.tsx';

/** Groups as last formed; a 404 means none yet (or a server without the read route). */
const storedGroups = (slug: string, id: string) =>
  discoveryApi.groups(slug, id).catch((error: ApiError) => {
    if (error.status === 404 || error.status === 405) return null;
    throw error;
  });

function composition(group: Group): string {
  const count = (g: string) => group.students.filter((s) => s.gender === g).length;
  const schools = new Set(group.students.map((s) => s.schoolName)).size;
  const parts = [plural(count('F'), 'fille', 'filles'), plural(count('M'), 'garçon', 'garçons')];
  if (count('X')) parts.push(`${count('X')} autre${count('X') > 1 ? 's' : ''}`);
  return `${parts.join(', ')} ; ${plural(schools, 'collège', 'collèges')}`;
}

function GroupCard({ group }: { group: Group }) {
  const headingId = `groupe-${group.id}`;
  return (
    <article class="group-card" aria-labelledby={headingId}>
      <h3 id={headingId}>Groupe {group.number}</h3>
      <p class="group-card__meta">
        {plural(group.students.length, 'élève', 'élèves')} : {composition(group)}
      </p>
      <ul class="group-card__students">
        {group.students.map((student) => (
          <li key={student.id}>
            <strong>{student.firstName}</strong>, {student.schoolName}{' '}
            <span class="muted">({genderLabels[student.gender] ?? student.gender})</span>
          </li>
        ))}
      </ul>
      <p class="group-card__score">
        Score de mixité : <strong>{frenchNumber(group.score)}</strong> sur 100
      </p>
      <p class="group-card__explanation">{group.explanation}</p>
    </article>
  );
}

/** Groupes: the authorised pupils in small groups mixing collèges, girls and boys. */
export function GroupsSection({ tenantSlug, program }: SectionProps) {
  const stored = useAsync(() => storedGroups(tenantSlug, program.id), [tenantSlug, program.id]);
  const [formed, setFormed] = useState<GroupsResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const result = formed ?? stored.data ?? null;
  const groups = result?.groups ?? [];

  useEffect(() => {
    if (formed) resultRef.current?.focus();
  }, [formed]);

  const form = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setFormed(await discoveryApi.formGroups(tenantSlug, program.id));
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2>Groupes</h2>
      <p>
        Les élèves autorisés sont répartis en groupes de {program.groupSize}, en mêlant les collèges et en
        équilibrant filles et garçons ; les centres d’intérêt proches sont réunis quand c’est possible.
      </p>
      <p class="hint" id="former-groupes-aide">
        Former à nouveau remplace les groupes qui n’ont pas encore de planning ; les groupes planifiés
        restent.
      </p>
      <p>
        <button
          type="button"
          class="button"
          aria-describedby="former-groupes-aide"
          aria-disabled={busy ? 'true' : undefined}
          onClick={form}
        >
          Former les groupes
        </button>
      </p>
      {busy ? <Loading label="Formation des groupes…" /> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {stored.status === 'error' && !formed ? <Notice tone="error">{stored.error.message}</Notice> : null}
      {stored.status === 'loading' && !stored.data && !formed ? <Loading /> : null}
      {groups.length ? (
        <>
          <p ref={resultRef} tabIndex={-1} role={formed ? 'status' : undefined} class="result-count">
            {formed ? 'Groupes formés : ' : ''}
            {plural(groups.length, 'groupe', 'groupes')},{' '}
            {plural(
              groups.reduce((sum, g) => sum + g.students.length, 0),
              'élève',
              'élèves',
            )}
            .
          </p>
          <Warnings warnings={formed?.warnings ?? []} />
          <ul class="group-cards">
            {groups.map((group) => (
              <li key={group.id}>
                <GroupCard group={group} />
              </li>
            ))}
          </ul>
        </>
      ) : stored.status === 'ready' || formed ? (
        <p>Aucun groupe pour le moment.</p>
      ) : null}
    </>
  );
}
