import { isValidUai } from '../organizations/identifiers.ts';
import { looksMisencoded, parseCsv } from './csv.ts';

/** Columns of the national "Annuaire de l'éducation" open-data export that Passerelle reads. */
export const SCHOOL_COLUMNS = {
  uai: 'identifiant_de_l_etablissement',
  name: 'nom_etablissement',
  type: 'type_etablissement',
  commune: 'code_commune',
  priority: 'appartenance_education_prioritaire',
  students: 'nombre_d_eleves',
} as const;
/** Optional: the 3e enrolment, when the file carries it (otherwise entered by hand). */
export const ENROLMENT_3E_COLUMN = 'nombre_d_eleves_3e';
/** Optional: the commune's name, which the ecosystem map shows for communes it cannot place. */
export const COMMUNE_NAME_COLUMN = 'nom_commune';

export type ImportedSchool = {
  uai: string;
  name: string;
  schoolKind: 'college' | 'lycee' | 'lycee_professionnel';
  communeCode: string;
  communeName: string | null;
  priorityEducation: 'REP' | 'REP+' | 'none';
  students: number | null;
  enrolment3e: number | null;
  line: number;
};

export type RejectedLine = { line: number; field: string; message: string };

export type SchoolImportResult =
  | { ok: false; fatal: string }
  | {
      ok: true;
      schools: ImportedSchool[];
      rejected: RejectedLine[];
      outsideTerritory: number;
      duplicates: number;
    };

const KINDS: Record<string, ImportedSchool['schoolKind']> = {
  college: 'college',
  lycee: 'lycee',
  'lycee professionnel': 'lycee_professionnel',
  lp: 'lycee_professionnel',
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * Reads the export, keeps the schools of the tenant's territory (`inTerritory`), reports every bad
 * line with its field and a French reason, and collapses duplicate UAIs (the last line wins, as
 * the most recent). Pure: the caller decides whether anything is written.
 */
export function readSchoolsExport(input: {
  text: string;
  inTerritory: (communeCode: string) => boolean;
}): SchoolImportResult {
  if (looksMisencoded(input.text)) {
    return {
      ok: false,
      fatal:
        'Le fichier ne semble pas encodé en UTF-8 (accents illisibles) : réenregistrez-le en UTF-8 et recommencez.',
    };
  }
  const { header, rows } = parseCsv(input.text);
  const missing = Object.values(SCHOOL_COLUMNS).filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, fatal: `Colonne(s) manquante(s) : ${missing.join(', ')}.` };
  const at = (name: string) => header.indexOf(name);
  const rejected: RejectedLine[] = [];
  const byUai = new Map<string, ImportedSchool>();
  let outsideTerritory = 0;
  let duplicates = 0;
  for (const { line, cells } of rows) {
    const get = (name: string) => (at(name) >= 0 ? (cells[at(name)] ?? '').trim() : '');
    const reject = (field: string, message: string) => rejected.push({ line, field, message });
    const uai = get(SCHOOL_COLUMNS.uai).toUpperCase();
    const name = get(SCHOOL_COLUMNS.name);
    const kind = KINDS[fold(get(SCHOOL_COLUMNS.type))];
    const commune = get(SCHOOL_COLUMNS.commune);
    const communeName = get(COMMUNE_NAME_COLUMN).slice(0, 100);
    const priorityRaw = get(SCHOOL_COLUMNS.priority).toUpperCase().replace(/\s/g, '');
    const studentsRaw = get(SCHOOL_COLUMNS.students);
    const enrolmentRaw = get(ENROLMENT_3E_COLUMN);
    if (!isValidUai(uai)) {
      reject('identifiant_de_l_etablissement', `UAI « ${uai} » invalide : 7 chiffres suivis d’une lettre.`);
      continue;
    }
    if (!name) {
      reject('nom_etablissement', 'Nom de l’établissement manquant.');
      continue;
    }
    if (!kind) {
      reject(
        'type_etablissement',
        `Type « ${get(SCHOOL_COLUMNS.type)} » inconnu : Collège, Lycée ou Lycée professionnel.`,
      );
      continue;
    }
    if (!/^\d[0-9AB]\d{3}$/.test(commune)) {
      reject('code_commune', `Code commune « ${commune} » invalide.`);
      continue;
    }
    if (!['', 'REP', 'REP+'].includes(priorityRaw)) {
      reject(
        'appartenance_education_prioritaire',
        `Valeur « ${get(SCHOOL_COLUMNS.priority)} » inconnue : REP, REP+ ou vide.`,
      );
      continue;
    }
    const count = (raw: string, field: string) => {
      if (raw === '') return null;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) {
        reject(field, `Nombre « ${raw} » invalide.`);
        return undefined;
      }
      return n;
    };
    const students = count(studentsRaw, SCHOOL_COLUMNS.students);
    const enrolment3e = count(enrolmentRaw, ENROLMENT_3E_COLUMN);
    if (students === undefined || enrolment3e === undefined) continue;
    if (!input.inTerritory(commune)) {
      outsideTerritory++;
      continue;
    }
    if (byUai.has(uai)) duplicates++;
    byUai.set(uai, {
      uai,
      name,
      schoolKind: kind,
      communeCode: commune,
      communeName: communeName || null,
      priorityEducation: (priorityRaw || 'none') as ImportedSchool['priorityEducation'],
      students,
      enrolment3e,
      line,
    });
  }
  return { ok: true, schools: [...byUai.values()], rejected, outsideTerritory, duplicates };
}

/**
 * Which commune codes belong to a tenant: a commune is itself, a département or province its
 * prefix; for an EPCI or a region (whose communes Passerelle does not list) every line is kept.
 */
export function territoryFilter(tenant: { kind: string; code: string }): (communeCode: string) => boolean {
  if (tenant.kind === 'commune') return (c) => c === tenant.code;
  if (
    tenant.kind === 'departement' ||
    tenant.kind === 'province' ||
    tenant.kind === 'collectivite_outre_mer'
  ) {
    return (c) => c.startsWith(tenant.code);
  }
  return () => true;
}
