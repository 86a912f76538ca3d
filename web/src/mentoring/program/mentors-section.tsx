import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import {
  ApprovalStatus,
  CharterStatus,
  HonorabilityStatus,
  LoadStatus,
} from '../components/mentor-facts.tsx';
import { MentorForm } from '../components/mentor-form.tsx';
import { jobFamilyLabels } from '../labels.ts';
import type { Mentor } from '../types.ts';
import { HonorabilityForm } from './honorability-form.tsx';
import type { SectionProps } from './section-props.ts';

const checkButtonId = (mentor: Mentor) => `controle-${mentor.id}`;

/** The program's pool of mentors, their checks, and a form to add the authority's own agents. */
export function MentorsSection({ tenantSlug, program, onChanged }: SectionProps) {
  const list = useAsync(() => mentoringApi.mentors(tenantSlug, program.id), [tenantSlug, program.id]);
  const [checking, setChecking] = useState<Mentor | null>(null);
  const [adding, setAdding] = useState(false);
  const flash = useFlash();
  const mentors = list.data?.items ?? [];

  const openCheck = (mentor: Mentor) => {
    flash.clear();
    setChecking(mentor);
    requestAnimationFrame(() => document.getElementById('honorabilite-titre')?.focus());
  };
  const closeCheck = (mentor: Mentor) => {
    setChecking(null);
    requestAnimationFrame(() => document.getElementById(checkButtonId(mentor))?.focus());
  };

  return (
    <>
      <h2>Mentors</h2>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !mentors.length ? (
        <p>Aucun mentor pour le moment. Les partenaires nomment les leurs ; ajoutez ici vos agents.</p>
      ) : null}
      {mentors.length ? (
        <div class="table-wrap">
          <table class="mentors">
            <caption>
              Mentors du programme : charge, contrôle d’honorabilité, charte et accord du ou de la responsable
            </caption>
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Organisation et métier</th>
                <th scope="col">Jeunes suivis</th>
                <th scope="col">Honorabilité</th>
                <th scope="col">Charte</th>
                <th scope="col">Accord du responsable</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mentors.map((mentor) => (
                <tr key={mentor.id}>
                  <th scope="row">
                    {mentor.firstName} {mentor.lastName}
                    <span class="block muted">{mentor.email}</span>
                  </th>
                  <td>
                    {mentor.organization.name}
                    <span class="block">
                      {mentor.jobTitle} ({jobFamilyLabels[mentor.jobFamily] ?? mentor.jobFamily})
                    </span>
                  </td>
                  <td>
                    <LoadStatus mentor={mentor} />
                  </td>
                  <td>
                    <HonorabilityStatus mentor={mentor} />
                  </td>
                  <td>
                    <CharterStatus mentor={mentor} />
                  </td>
                  <td>
                    <ApprovalStatus mentor={mentor} />
                  </td>
                  <td>
                    <button
                      type="button"
                      id={checkButtonId(mentor)}
                      class="button button--secondary button--small"
                      onClick={() => openCheck(mentor)}
                    >
                      Enregistrer un contrôle
                      <span class="visually-hidden">
                        {' '}
                        pour {mentor.firstName} {mentor.lastName}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {checking ? (
        <HonorabilityForm
          key={checking.id}
          tenantSlug={tenantSlug}
          mentor={checking}
          onCancel={() => closeCheck(checking)}
          onSaved={(saved) => {
            closeCheck(saved);
            list.reload();
            flash.announce({
              tone: 'success',
              text: `Le résultat du contrôle d’honorabilité de ${saved.firstName} ${saved.lastName} est enregistré.`,
            });
          }}
        />
      ) : null}
      {adding ? (
        <>
          <MentorForm
            tenantSlug={tenantSlug}
            program={program}
            mode="agent"
            idPrefix="agent"
            title="Ajouter un agent de la collectivité comme mentor"
            onSaved={(mentor) => {
              list.reload();
              onChanged?.();
              flash.announce({
                tone: 'success',
                text: `${mentor.firstName} ${mentor.lastName} est ajouté·e aux mentors et reçoit une invitation par courriel.${
                  mentor.onWorkTime ? ' Son ou sa responsable reçoit une demande d’accord.' : ''
                }`,
              });
            }}
          />
          <p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setAdding(false);
                requestAnimationFrame(() => document.getElementById('ajouter-agent')?.focus());
              }}
            >
              Fermer le formulaire
            </button>
          </p>
        </>
      ) : (
        <p>
          <button
            type="button"
            class="button"
            id="ajouter-agent"
            onClick={() => {
              setAdding(true);
              requestAnimationFrame(() => document.getElementById('agent-titre')?.focus());
            }}
          >
            Ajouter un agent comme mentor
          </button>
        </p>
      )}
    </>
  );
}
