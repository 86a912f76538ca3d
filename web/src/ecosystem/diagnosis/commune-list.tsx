import type { CommuneDetails } from './commune-map.tsx';
import { symbolKind } from './map-symbols.ts';

/** The communes as a table: the map's accessible alternative, and the only place of the unplaced. */
export function CommuneList({ communes }: { communes: CommuneDetails[] }) {
  if (!communes.length)
    return <p>Aucune commune : l’annuaire ne renseigne encore la commune d’aucun acteur.</p>;
  return (
    <>
      <h3 id="communes-titre">Liste des communes</h3>
      <div class="table-wrap">
        <table aria-labelledby="communes-titre">
          <thead>
            <tr>
              <th scope="col">Commune</th>
              <th scope="col">Acteurs</th>
              <th scope="col">Établissements</th>
              <th scope="col">REP</th>
              <th scope="col">REP+</th>
              <th scope="col">Programmes</th>
              <th scope="col">Sur la carte</th>
            </tr>
          </thead>
          <tbody>
            {communes.map((commune) => {
              const gap = symbolKind(commune) === 'gap';
              return (
                <tr key={commune.code ?? 'sans-commune'} class={gap ? 'eco-row--gap' : undefined}>
                  <th scope="row">
                    {commune.name}
                    {commune.code ? <span class="muted block">{commune.code}</span> : null}
                  </th>
                  <td>{commune.actors}</td>
                  <td>{commune.schools}</td>
                  <td>{commune.rep}</td>
                  <td>{commune.repPlus}</td>
                  <td>
                    {commune.programs.length ? commune.programs.map((p) => p.name).join(', ') : 'Aucun'}
                    {gap ? (
                      <span class="block eco-gap-word">
                        {commune.prioritySchoolsWithoutProgram} établissement(s) REP ou REP+ sans programme
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {commune.code === null
                      ? 'Non : commune non renseignée'
                      : commune.lat === null
                        ? 'Non : coordonnées inconnues'
                        : 'Oui'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
