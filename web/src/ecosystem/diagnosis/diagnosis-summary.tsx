import type { OrganizationKind } from '../../api/types.ts';
import { plural, priorityEducationLabels } from '../../lib/labels.ts';
import { kindCountLabels } from '../labels.ts';
import type { Diagnosis } from '../types.ts';

const KIND_ORDER: OrganizationKind[] = ['association', 'business_club', 'company', 'school', 'service'];

function kindsSentence(byKind: Diagnosis['summary']['actorsByKind']): string {
  const parts = KIND_ORDER.filter((kind) => byKind[kind] > 0).map((kind) =>
    plural(byKind[kind], kindCountLabels[kind][0], kindCountLabels[kind][1]),
  );
  return parts.length ? `${parts.join(', ')}.` : 'Aucun acteur dans l’annuaire.';
}

/** The figures of the diagnosis; a gap figure is outlined and says it is one, not by colour alone. */
export function DiagnosisSummary({ diagnosis }: { diagnosis: Diagnosis }) {
  const { summary } = diagnosis;
  const gap = (count: number) =>
    count > 0 ? 'eco-figures__item eco-figures__item--gap' : 'eco-figures__item';
  return (
    <section aria-labelledby="diagnostic-titre">
      <h2 id="diagnostic-titre">Diagnostic</h2>
      <dl class="eco-figures">
        <div class="eco-figures__item">
          <dt>Acteurs du territoire</dt>
          <dd>{summary.actors.toLocaleString('fr-FR')}</dd>
        </div>
        <div class="eco-figures__item">
          <dt>Établissements touchés par un programme</dt>
          <dd>
            {summary.schoolsCovered.toLocaleString('fr-FR')} sur {summary.schools.toLocaleString('fr-FR')}
          </dd>
        </div>
        <div class={gap(summary.prioritySchoolsWithoutProgram)}>
          <dt>Établissements REP et REP+ sans programme</dt>
          <dd>
            {summary.prioritySchoolsWithoutProgram.toLocaleString('fr-FR')} sur{' '}
            {summary.prioritySchools.toLocaleString('fr-FR')}
            {summary.prioritySchoolsWithoutProgram > 0 ? (
              <span class="eco-gap-word"> — à couvrir</span>
            ) : null}
          </dd>
        </div>
        <div class={gap(summary.communesWithSchoolsWithoutProgram)}>
          <dt>Communes avec des établissements mais sans programme</dt>
          <dd>{summary.communesWithSchoolsWithoutProgram.toLocaleString('fr-FR')}</dd>
        </div>
        <div class="eco-figures__item">
          <dt>Acteurs sans programme ni convention (hors établissements)</dt>
          <dd>{summary.actorsNotEngaged.toLocaleString('fr-FR')}</dd>
        </div>
        <div class="eco-figures__item">
          <dt>Programmes en cours</dt>
          <dd>{summary.programs.toLocaleString('fr-FR')}</dd>
        </div>
      </dl>
      <p>
        <strong>Par type :</strong> {kindsSentence(summary.actorsByKind)}
      </p>
    </section>
  );
}

/** Where nothing reaches yet: REP/REP+ schools and communes with schools, no program. */
export function Gaps({ diagnosis }: { diagnosis: Diagnosis }) {
  const { gaps, summary } = diagnosis;
  return (
    <section aria-labelledby="manques-titre">
      <h2 id="manques-titre">Où aucun programme n’arrive encore</h2>
      {summary.programs === 0 ? (
        <p>Aucun programme n’est en cours : aucun établissement n’est encore touché.</p>
      ) : null}
      <h3>Établissements REP et REP+ sans programme</h3>
      {gaps.prioritySchools.length ? (
        <ul class="eco-gap-list">
          {gaps.prioritySchools.map((school) => (
            <li key={school.id}>
              <span class="eco-tag-gap">
                {school.priorityEducation ? priorityEducationLabels[school.priorityEducation] : ''}
              </span>{' '}
              <strong>{school.name}</strong>
              {school.communeName ? ` — ${school.communeName}` : ''}
              {school.uai ? <span class="muted"> (UAI {school.uai})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {summary.prioritySchools
            ? 'Chaque établissement REP et REP+ de l’annuaire est touché par au moins un programme.'
            : 'Aucun établissement REP ou REP+ dans l’annuaire.'}
        </p>
      )}
      <h3>Communes avec des établissements mais sans programme</h3>
      {gaps.communes.length ? (
        <ul class="eco-gap-list">
          {gaps.communes.map((commune) => (
            <li key={commune.code ?? 'sans-commune'}>
              <strong>{commune.name}</strong>
              {commune.code ? ` (${commune.code})` : ''} —{' '}
              {plural(commune.schools, 'établissement', 'établissements')}
            </li>
          ))}
        </ul>
      ) : (
        <p>Chaque commune qui a des établissements est touchée par au moins un programme.</p>
      )}
    </section>
  );
}
