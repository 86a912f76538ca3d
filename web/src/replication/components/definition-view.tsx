import { dayKindLabels } from '../../discovery/labels.ts';
import { criterionLabels, eligibilityRuleLabels } from '../../mentoring/labels.ts';
import type { Criterion } from '../../mentoring/types.ts';
import type {
  ConventionTemplateDefinition,
  DiscoveryDefinition,
  MentoringDefinition,
  ProgramTemplateDefinition,
} from '../types.ts';
import { FieldValue, surveyKindLabels } from './field-value.tsx';

// A template's definition read as a program sheet: its fields, its criteria and their weights or
// its week, its convention article by article, its survey. Headings start at h3: the screen that
// shows it owns the h2.

type Fact = [label: string, path: string, value: unknown];

function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl class="definition-facts">
      {facts
        .filter(([, , value]) => value !== undefined)
        .map(([label, path, value]) => (
          <div key={path}>
            <dt>{label}</dt>
            <dd>
              <FieldValue path={path} value={value} />
            </dd>
          </div>
        ))}
    </dl>
  );
}

function Mentoring({ program }: { program: MentoringDefinition }) {
  const rules = (['scholarship', 'priorityEducation', 'priorityNeighbourhood'] as const).filter(
    (rule) => program.eligibility[rule],
  );
  const criteria = Object.keys(program.weights) as Criterion[];
  return (
    <>
      <h3>Le programme</h3>
      <Facts
        facts={[
          ['Nom du programme', 'mentoring.name', program.name],
          ['Année scolaire', 'mentoring.season', program.season],
          ['Niveaux concernés', 'mentoring.audienceLevels', program.audienceLevels],
          ['Durée de l’accompagnement', 'mentoring.durationMonths', `${program.durationMonths} mois`],
          ['Jeunes par mentor', 'mentoring.defaultCapacity', program.defaultCapacity],
          [
            'Distance maximale',
            'mentoring.maxDistanceKm',
            program.maxDistanceKm === undefined ? undefined : `${program.maxDistanceKm} km`,
          ],
          ['Heures annuelles des agents', 'mentoring.agentHoursAllowance', program.agentHoursAllowance],
          [
            'Relance sans rencontre',
            'mentoring.noMeetingReminderWeeks',
            `après ${program.noMeetingReminderWeeks} semaines`,
          ],
        ]}
      />
      <h3>Éligibilité</h3>
      {rules.length || program.eligibility.custom.length ? (
        <>
          <p>
            <FieldValue path="mentoring.eligibility.mode" value={program.eligibility.mode} /> :
          </p>
          <ul>
            {rules.map((rule) => (
              <li key={rule}>{eligibilityRuleLabels[rule]}</li>
            ))}
            {program.eligibility.custom.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Aucun critère : tous les jeunes des niveaux concernés sont éligibles.</p>
      )}
      <h3>Poids des critères d’appariement</h3>
      <div class="table-wrap">
        <table class="table--compact">
          <caption class="visually-hidden">Poids de chaque critère, de 0 à 10</caption>
          <thead>
            <tr>
              <th scope="col">Critère</th>
              <th scope="col">Poids (0 à 10)</th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => (
              <tr key={criterion}>
                <th scope="row">{criterionLabels[criterion] ?? criterion}</th>
                <td>{program.weights[criterion].toLocaleString('fr-FR')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Discovery({ program }: { program: DiscoveryDefinition }) {
  return (
    <>
      <h3>Le programme</h3>
      <Facts
        facts={[
          ['Nom du programme', 'discovery.name', program.name],
          ['Année scolaire', 'discovery.season', program.season],
          ['Nombre de places', 'discovery.totalPlaces', program.totalPlaces],
          ['Poids REP+', 'discovery.priorityWeights.REP+', program.priorityWeights['REP+']],
          ['Poids REP', 'discovery.priorityWeights.REP', program.priorityWeights.REP],
          [
            'Poids hors éducation prioritaire',
            'discovery.priorityWeights.none',
            program.priorityWeights.none,
          ],
          ['Minimum par collège', 'discovery.minimumPerSchool', program.minimumPerSchool],
          ['Taille des groupes', 'discovery.groupSize', `${program.groupSize} élèves`],
        ]}
      />
      <h3>Déroulé de la semaine</h3>
      <ol class="week-layout">
        {program.layout.map((day, index) => (
          <li key={index}>
            <span class="week-layout__day">Jour {index + 1} :</span> {dayKindLabels[day] ?? day}
          </li>
        ))}
      </ol>
    </>
  );
}

function Convention({ convention }: { convention: ConventionTemplateDefinition }) {
  return (
    <>
      <h3>Modèle de convention</h3>
      <Facts
        facts={[
          ['Nom du modèle', 'conventionTemplate.name', convention.name],
          ['Titre', 'conventionTemplate.title', convention.title],
          ['Type', 'conventionTemplate.kind', convention.kind],
          ['Durée', 'conventionTemplate.durationMonths', `${convention.durationMonths} mois`],
          ['Engagements', 'conventionTemplate.commitmentTypes', convention.commitmentTypes],
          ['Signataires', 'conventionTemplate.signatories', convention.signatories],
          ['Ordre de signature', 'conventionTemplate.signingOrder', convention.signingOrder],
        ]}
      />
      <h4>Articles</h4>
      {/* Headings often number themselves ("Article 1 — Objet"); the others get their number here. */}
      <ol class="articles">
        {convention.clauses.map((clause, index) => (
          <li key={index}>
            <p class="clause__heading">
              {/^article\b/i.test(clause.heading)
                ? clause.heading
                : `Article ${index + 1} — ${clause.heading}`}
            </p>
            <p class="clause__body">{clause.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function DefinitionView({ definition }: { definition: ProgramTemplateDefinition }) {
  return (
    <div class="definition">
      {definition.mentoring ? <Mentoring program={definition.mentoring} /> : null}
      {definition.discovery ? <Discovery program={definition.discovery} /> : null}
      {definition.conventionTemplate ? (
        <Convention convention={definition.conventionTemplate} />
      ) : (
        <>
          <h3>Modèle de convention</h3>
          <p>Ce modèle n’apporte pas de convention.</p>
        </>
      )}
      <h3>Questions du bilan</h3>
      {definition.surveyQuestions.length ? (
        <ol>
          {definition.surveyQuestions.map((question, index) => (
            <li key={index}>
              {question.label} <span class="muted">({surveyKindLabels[question.kind] ?? question.kind})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>Aucune question de bilan.</p>
      )}
      {definition.documents.length ? (
        <>
          <h3>Documents</h3>
          <ul class="plain-list">
            {definition.documents.map((document, index) => (
              <li key={index}>
                <FieldValue path="documents" value={document} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
