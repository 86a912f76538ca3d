import { useMemo, useState } from 'preact/hooks';
import type { OrganizationKind } from '../../api/types.ts';
import { Pagination } from '../../components/pagination.tsx';
import { ToolbarSelect } from '../../components/toolbar.tsx';
import { organizationKindLabels, plural } from '../../lib/labels.ts';
import { conventionStatusLabels, roleLabels } from '../labels.ts';
import type { Actor, Diagnosis } from '../types.ts';

const PAGE_SIZE = 20;
type Engagement = '' | 'engaged' | 'not_engaged';

const engaged = (actor: Actor) => actor.programs.length > 0 || actor.conventions.length > 0;

/** The actors, filtered by kind and engagement, paged, and exported as the server's CSV. */
export function ActorTable({ diagnosis, csvUrl }: { diagnosis: Diagnosis; csvUrl: string }) {
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [engagement, setEngagement] = useState<Engagement>('');
  const [page, setPage] = useState(1);
  const all = useMemo(() => diagnosis.actorGroups.flatMap((g) => g.actors), [diagnosis]);
  const shown = all.filter(
    (a) =>
      (!kind || a.kind === kind) && (!engagement || (engagement === 'engaged' ? engaged(a) : !engaged(a))),
  );
  const pageItems = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <section aria-labelledby="acteurs-titre">
      <h2 id="acteurs-titre">Acteurs du territoire</h2>
      <form class="toolbar" onSubmit={(event) => event.preventDefault()} aria-label="Filtrer les acteurs">
        <ToolbarSelect
          id="filtre-acteurs-type"
          label="Type d’acteur"
          value={kind}
          onValue={(value) => filter(setKind)(value as OrganizationKind | '')}
          options={[
            { value: '', label: `Tous les types (${all.length})` },
            ...diagnosis.actorGroups.map((group) => ({
              value: group.kind,
              label: `${organizationKindLabels[group.kind]} (${group.actors.length})`,
            })),
          ]}
        />
        <ToolbarSelect
          id="filtre-acteurs-engagement"
          label="Engagement"
          value={engagement}
          onValue={(value) => filter(setEngagement)(value as Engagement)}
          options={[
            { value: '', label: 'Tous' },
            { value: 'engaged', label: 'Dans un programme ou une convention' },
            { value: 'not_engaged', label: 'Sans programme ni convention' },
          ]}
        />
        <a class="button button--secondary eco-export" href={csvUrl} download>
          Exporter tous les acteurs (CSV)
        </a>
      </form>
      <p class="result-count" role="status">
        {plural(shown.length, 'acteur', 'acteurs')}
        {kind || engagement ? ' avec ces filtres' : ''}
      </p>
      {shown.length ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Acteurs du territoire, par nom</caption>
            <thead>
              <tr>
                <th scope="col">Acteur</th>
                <th scope="col">Type</th>
                <th scope="col">Commune</th>
                <th scope="col">Ce qu’il fait</th>
                <th scope="col">Pour qui</th>
                <th scope="col">Programmes et conventions</th>
              </tr>
            </thead>
            <tbody>
              {pageItems.map((actor) => (
                <tr key={actor.id}>
                  <th scope="row">{actor.name}</th>
                  <td>{organizationKindLabels[actor.kind] ?? actor.kind}</td>
                  <td>{actor.communeName ?? '—'}</td>
                  <td>{actor.activities ?? '—'}</td>
                  <td>{actor.audience ?? '—'}</td>
                  <td>
                    <Engagements actor={actor} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          {all.length
            ? 'Aucun acteur ne correspond à ces filtres.'
            : 'Aucun acteur dans l’annuaire : ajoutez les organisations du territoire.'}
        </p>
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={shown.length}
        onPage={setPage}
        label="Pages du tableau des acteurs"
      />
    </section>
  );
}

function Engagements({ actor }: { actor: Actor }) {
  if (!engaged(actor)) return <span class="muted">Aucun</span>;
  return (
    <ul class="eco-engagements">
      {actor.programs.map((program) => (
        <li key={program.id}>
          {program.name} <span class="muted">({program.roles.map((r) => roleLabels[r]).join(', ')})</span>
        </li>
      ))}
      {actor.conventions.map((convention) => (
        <li key={convention.id}>
          {convention.title}{' '}
          <span class="muted">
            (convention {conventionStatusLabels[convention.status]}
            {convention.role === 'operator' ? ', opérateur' : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
