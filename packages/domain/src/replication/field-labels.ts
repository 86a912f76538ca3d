// French names of the fields a tenant sees in a diff; a path without a name shows as is.
const CRITERIA: Record<string, string> = {
  interests: 'centres d’intérêt et métier',
  distance: 'distance',
  availability: 'disponibilités',
  preferences: 'préférences de niveau',
  language: 'langues',
};

const LABELS: Record<string, string> = {
  kind: 'Type de programme',
  'mentoring.name': 'Nom du programme',
  'mentoring.audienceLevels': 'Niveaux concernés',
  'mentoring.eligibility.mode': 'Éligibilité : un critère suffit ou tous',
  'mentoring.eligibility.scholarship': 'Éligibilité : boursier',
  'mentoring.eligibility.priorityEducation': 'Éligibilité : établissement REP/REP+',
  'mentoring.eligibility.priorityNeighbourhood': 'Éligibilité : quartier prioritaire',
  'mentoring.eligibility.custom': 'Éligibilité : critères propres',
  'mentoring.season': 'Année scolaire',
  'mentoring.durationMonths': 'Durée de l’accompagnement (mois)',
  'mentoring.defaultCapacity': 'Jeunes par mentor',
  'mentoring.maxDistanceKm': 'Distance maximale (km)',
  'mentoring.agentHoursAllowance': 'Heures annuelles des agents',
  'mentoring.noMeetingReminderWeeks': 'Relance sans rencontre (semaines)',
  'discovery.name': 'Nom du programme',
  'discovery.season': 'Année scolaire',
  'discovery.totalPlaces': 'Nombre de places',
  'discovery.priorityWeights.REP+': 'Poids REP+',
  'discovery.priorityWeights.REP': 'Poids REP',
  'discovery.priorityWeights.none': 'Poids hors éducation prioritaire',
  'discovery.minimumPerSchool': 'Minimum par collège',
  'discovery.groupSize': 'Taille des groupes',
  'discovery.layout': 'Déroulé de la semaine',
  'conventionTemplate.name': 'Convention : nom du modèle',
  'conventionTemplate.kind': 'Convention : type',
  'conventionTemplate.description': 'Convention : description',
  'conventionTemplate.title': 'Convention : titre',
  'conventionTemplate.commitmentTypes': 'Convention : engagements',
  'conventionTemplate.durationMonths': 'Convention : durée (mois)',
  'conventionTemplate.signatories': 'Convention : signataires',
  'conventionTemplate.signingOrder': 'Convention : ordre de signature',
  surveyQuestions: 'Questions du bilan',
  documents: 'Documents',
};

export function fieldLabel(path: string): string {
  const known = LABELS[path];
  if (known) return known;
  const weight = /^mentoring\.weights\.(\w+)$/.exec(path);
  if (weight) return `Poids du critère « ${CRITERIA[weight[1]!] ?? weight[1]} »`;
  const clause = /^conventionTemplate\.clauses\.(\d+)$/.exec(path);
  if (clause) return `Convention : article ${Number(clause[1]) + 1}`;
  return path;
}
