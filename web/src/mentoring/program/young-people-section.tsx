import { Loading, Notice } from '../../components/notice.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { DuplicateWarning, EligibilityDetail } from '../components/eligibility.tsx';
import { AuthorisationTag, PairStatusTag } from '../components/tags.tsx';
import { schoolLevelLabels } from '../labels.ts';
import type { SectionProps } from './section-props.ts';

/** The young people nominated by schools: who may be matched, and why or why not. */
export function YoungPeopleSection({ tenantSlug, program }: SectionProps) {
  const list = useAsync(() => mentoringApi.youngPeople(tenantSlug, program.id), [tenantSlug, program.id]);
  const people = list.data?.items ?? [];
  const ready = people.filter((p) => p.eligible && p.authorisation === 'given').length;

  return (
    <>
      <h2>Jeunes</h2>
      <p>
        Les établissements scolaires proposent leurs élèves ; un jeune n’est apparié qu’une fois éligible et
        autorisé par son ou sa responsable légal·e.
      </p>
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !people.length ? <p>Aucun jeune proposé pour le moment.</p> : null}
      {people.length ? (
        <>
          <p class="result-count">
            {people.length} jeune{people.length > 1 ? 's' : ''}, dont {ready} prêt{ready > 1 ? 's' : ''} pour
            l’appariement.
          </p>
          <div class="table-wrap">
            <table>
              <caption>Jeunes proposés : éligibilité, autorisation parentale et binôme</caption>
              <thead>
                <tr>
                  <th scope="col">Jeune</th>
                  <th scope="col">Niveau et établissement</th>
                  <th scope="col">Éligibilité</th>
                  <th scope="col">Autorisation</th>
                  <th scope="col">Binôme</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      {person.firstName} {person.lastName}
                      {person.duplicates?.length ? (
                        <DuplicateWarning duplicates={person.duplicates} firstName={person.firstName} />
                      ) : null}
                    </th>
                    <td>
                      {schoolLevelLabels[person.level] ?? person.level}
                      <span class="block">{person.school.name}</span>
                    </td>
                    <td>
                      <EligibilityDetail
                        eligible={person.eligibility.eligible}
                        reasons={person.eligibility.reasons}
                      />
                    </td>
                    <td>
                      <AuthorisationTag value={person.authorisation} />
                    </td>
                    <td>
                      {person.pairStatus ? (
                        <PairStatusTag status={person.pairStatus} />
                      ) : (
                        <span class="muted">Aucun</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
