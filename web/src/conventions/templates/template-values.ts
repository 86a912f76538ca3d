import type { FieldErrors } from '../../lib/use-form.ts';
import { newKey } from '../components/reorderable-list.tsx';
import { placeholderLabels, signatoryRoleLabels, unknownPlaceholders } from '../labels.ts';
import type {
  Clause,
  CommitmentType,
  Signatory,
  SignatoryRole,
  SigningOrder,
  Template,
  TemplateChanges,
  TemplateInput,
  TemplateKind,
  TemplateVersionInput,
} from '../types.ts';

/** The one-line fields of the form, as typed (strings), for useForm. */
export type TemplateFields = {
  name: string;
  kind: string;
  isPublic: string;
  description: string;
  title: string;
  durationMonths: string;
  signingOrder: string;
};

export type ClauseItem = Clause & { key: string };
export type SignatoryItem = { key: string; role: string; label: string };
export type TemplateLists = {
  clauses: ClauseItem[];
  commitmentTypes: string[];
  signatories: SignatoryItem[];
};

export const maxSignatories = Object.keys(signatoryRoleLabels).length;

export const newClause = (): ClauseItem => ({ key: newKey(), heading: '', body: '' });
export const newSignatory = (role = '', label = ''): SignatoryItem => ({ key: newKey(), role, label });

export function initialFields(template: Template | undefined): TemplateFields {
  return {
    name: template?.name ?? '',
    kind: template?.kind ?? 'partnership',
    isPublic: template?.isPublic ? 'oui' : 'non',
    description: template?.description ?? '',
    title: template?.version.title ?? '',
    durationMonths: String(template?.version.durationMonths ?? 36),
    signingOrder: template?.version.signingOrder ?? 'sequential',
  };
}

export function initialLists(template: Template | undefined): TemplateLists {
  if (!template) {
    return {
      clauses: [newClause()],
      commitmentTypes: [],
      signatories: [
        newSignatory('partner_representative', 'Pour le partenaire'),
        newSignatory('tenant_representative', 'Pour la collectivité'),
      ],
    };
  }
  return {
    clauses: template.version.clauses.map((c) => ({ ...c, key: newKey() })),
    commitmentTypes: [...template.version.commitmentTypes],
    signatories: template.version.signatories.map((s) => newSignatory(s.role, s.label)),
  };
}

const fixedLabels: Record<string, string> = {
  name: 'Nom du modèle',
  kind: 'Type de convention',
  isPublic: 'Proposé sur le parcours d’engagement',
  description: 'Description',
  'version.title': 'Titre de la convention',
  'version.clauses': 'Articles',
  'version.commitmentTypes': 'Types d’engagement',
  'version.durationMonths': 'Durée en mois',
  'version.signatories': 'Signataires',
  'version.signingOrder': 'Ordre de signature',
};

/** The visible label of a field path, for the error summary ("Article 2 — texte"). */
export function fieldLabel(path: string): string {
  const fixed = fixedLabels[path];
  if (fixed) return fixed;
  const clause = /^version\.clauses\.(\d+)\.(heading|body)$/.exec(path);
  if (clause) return `Article ${Number(clause[1]) + 1} — ${clause[2] === 'heading' ? 'titre' : 'texte'}`;
  const signatory = /^version\.signatories\.(\d+)\.(role|label)$/.exec(path);
  if (signatory)
    return `Signataire ${Number(signatory[1]) + 1} — ${signatory[2] === 'role' ? 'rôle' : 'libellé'}`;
  return path;
}

export const fieldId = (path: string) => `modele-${path.replaceAll('.', '-')}`;

const quote = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');

/** Catches what a round trip would refuse, with the same words as the server. */
export function checkTemplate(fields: TemplateFields, lists: TemplateLists): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.name.trim()) errors.name = 'Saisissez le nom du modèle.';
  if (!fields.title.trim()) errors['version.title'] = 'Saisissez le titre de la convention.';
  if (!lists.clauses.length) errors['version.clauses'] = 'Ajoutez au moins un article.';
  lists.clauses.forEach((clause, index) => {
    if (!clause.heading.trim())
      errors[`version.clauses.${index}.heading`] = 'Saisissez le titre de l’article.';
    if (!clause.body.trim()) {
      errors[`version.clauses.${index}.body`] = 'Saisissez le texte de l’article.';
    } else {
      const unknown = unknownPlaceholders(clause.body);
      if (unknown.length) {
        errors[`version.clauses.${index}.body`] =
          `${unknown.length > 1 ? 'Champs inconnus' : 'Champ inconnu'} : ${quote(unknown)}. Utilisez un des champs de la liste.`;
      }
    }
  });
  if (!lists.commitmentTypes.length) {
    errors['version.commitmentTypes'] = 'Choisissez au moins un type d’engagement.';
  }
  const months = fields.durationMonths.trim();
  if (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 120) {
    errors['version.durationMonths'] = 'Indiquez une durée entre 1 et 120 mois.';
  }
  lists.signatories.forEach((signatory, index) => {
    if (!signatory.role) errors[`version.signatories.${index}.role`] = 'Choisissez le rôle du signataire.';
    if (!signatory.label.trim()) {
      errors[`version.signatories.${index}.label`] = 'Saisissez le libellé du signataire.';
    }
  });
  const roles = lists.signatories.map((s) => s.role).filter(Boolean);
  if (!roles.includes('partner_representative') || !roles.includes('tenant_representative')) {
    errors['version.signatories'] = 'Le partenaire et la collectivité doivent signer.';
  } else if (new Set(roles).size !== roles.length) {
    errors['version.signatories'] = 'Chaque rôle signe une seule fois.';
  }
  return errors;
}

export function toVersion(fields: TemplateFields, lists: TemplateLists): TemplateVersionInput {
  return {
    title: fields.title.trim(),
    clauses: lists.clauses.map((c) => ({ heading: c.heading.trim(), body: c.body.trim() })),
    commitmentTypes: lists.commitmentTypes as CommitmentType[],
    durationMonths: Number(fields.durationMonths.trim()),
    signatories: lists.signatories.map(
      (s): Signatory => ({ role: s.role as SignatoryRole, label: s.label.trim() }),
    ),
    signingOrder: fields.signingOrder as SigningOrder,
  };
}

export function toInput(fields: TemplateFields, lists: TemplateLists): TemplateInput {
  const description = fields.description.trim();
  return {
    name: fields.name.trim(),
    kind: fields.kind as TemplateKind,
    isPublic: fields.isPublic === 'oui',
    ...(description ? { description } : {}),
    version: toVersion(fields, lists),
  };
}

/** What changed on an existing template: its card (PATCH) and/or its text (a new version). */
export function changesOf(template: Template, fields: TemplateFields, lists: TemplateLists) {
  const input = toInput(fields, lists);
  const card: TemplateChanges = {};
  if (input.name !== template.name) card.name = input.name;
  if (input.isPublic !== template.isPublic) card.isPublic = input.isPublic;
  if ((input.description ?? '') !== (template.description ?? '')) card.description = input.description ?? '';
  const { id: _id, version: _number, ...current } = template.version;
  const versionChanged =
    JSON.stringify(sortedVersion(input.version)) !== JSON.stringify(sortedVersion(current));
  return { card: Object.keys(card).length ? card : null, version: versionChanged ? input.version : null };
}

function sortedVersion(version: TemplateVersionInput) {
  const { title, clauses, commitmentTypes, durationMonths, signatories, signingOrder } = version;
  return {
    title,
    clauses: clauses.map(({ heading, body }) => ({ heading, body })),
    commitmentTypes: [...commitmentTypes].sort(),
    durationMonths,
    signatories: signatories.map(({ role, label }) => ({ role, label })),
    signingOrder,
  };
}

export const placeholderList = Object.entries(placeholderLabels);
