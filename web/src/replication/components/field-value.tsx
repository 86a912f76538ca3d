import {
  commitmentLabels,
  signatoryRoleLabels,
  signingOrderLabels,
  templateKindLabels,
} from '../../conventions/labels.ts';
import { dayKindLabels } from '../../discovery/labels.ts';
import { schoolLevelLabels } from '../../mentoring/labels.ts';

// A template field's value as a person reads it: lists as lists, an article as its heading and
// text, yes/no in words, numbers the French way. What the field is comes from its path.

const wordsByPath: Record<string, Record<string, string>> = {
  'mentoring.audienceLevels': schoolLevelLabels,
  'discovery.layout': dayKindLabels,
  'conventionTemplate.commitmentTypes': commitmentLabels,
  'conventionTemplate.kind': templateKindLabels,
  'conventionTemplate.signingOrder': signingOrderLabels,
  'mentoring.eligibility.mode': {
    any: 'Un seul des critères suffit',
    all: 'Tous les critères sont exigés',
  },
};

export const surveyKindLabels: Record<string, string> = {
  scale: 'Note de 1 à 5',
  text: 'Réponse libre',
  yes_no: 'Oui ou non',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function Text({ heading, body }: { heading: string; body: string }) {
  return (
    <div class="clause">
      <p class="clause__heading">{heading}</p>
      <p class="clause__body">{body}</p>
    </div>
  );
}

function Item({ path, value }: { path: string; value: unknown }) {
  if (path === 'conventionTemplate.signatories' && isRecord(value)) {
    const role = String(value.role);
    return (
      <>
        {String(value.label)} <span class="muted">({signatoryRoleLabels[role as 'operator'] ?? role})</span>
      </>
    );
  }
  if (path === 'surveyQuestions' && isRecord(value)) {
    const kind = String(value.kind);
    return (
      <>
        {String(value.label)} <span class="muted">({surveyKindLabels[kind] ?? kind})</span>
      </>
    );
  }
  if (isRecord(value) && typeof value.heading === 'string') {
    return <Text heading={value.heading} body={String(value.body ?? '')} />;
  }
  if (isRecord(value) && typeof value.title === 'string') {
    return <Text heading={value.title} body={String(value.body ?? '')} />;
  }
  return <FieldValue path="" value={value} />;
}

export function FieldValue({ path, value }: { path: string; value: unknown }) {
  if (value === undefined || value === null) return <span class="muted">Absent</span>;
  if (typeof value === 'boolean') return <>{value ? 'Oui' : 'Non'}</>;
  if (typeof value === 'number') return <>{value.toLocaleString('fr-FR')}</>;
  if (typeof value === 'string') {
    const words = wordsByPath[path];
    return value === '' ? <span class="muted">Vide</span> : <>{words?.[value] ?? value}</>;
  }
  if (Array.isArray(value)) {
    if (!value.length) return <span class="muted">Aucun élément</span>;
    const words = wordsByPath[path];
    return (
      <ul class="value-list">
        {value.map((item, index) => (
          <li key={index}>
            {typeof item === 'string' && words ? (words[item] ?? item) : <Item path={path} value={item} />}
          </li>
        ))}
      </ul>
    );
  }
  if (isRecord(value)) {
    if (typeof value.heading === 'string' || typeof value.title === 'string') {
      return <Item path={path} value={value} />;
    }
    return (
      <dl class="value-record">
        {Object.entries(value).map(([key, inner]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              <FieldValue path={`${path}.${key}`} value={inner} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}
