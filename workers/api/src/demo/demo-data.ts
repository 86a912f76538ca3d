import type { CreateOrganization, OnboardTenant, TenantRole } from '@passerelle/domain';

// Demo data drawn from the seed programs: Suresnes' agents mentoring with C'Possible, Clermont-
// Ferrand's Pass'3e, Province Sud's partners. Addresses use the reserved `.example` domain and
// identifiers are made-up (valid in form only).

export const NATIONAL_ADMIN = {
  email: 'coordination@collectif-mentorat.example',
  name: 'Collectif Mentorat',
};

type DemoTenant = {
  tenant: Omit<OnboardTenant, 'adminName'> & { adminName: string };
  /** `organization` names the demo organization the member acts for (a partner, a school). */
  members: { email: string; name: string; role: TenantRole; organization?: string }[];
  organizations: CreateOrganization[];
};

/** Appends the Luhn key to 13 digits, so demo SIRETs pass the same check as real ones. */
export function withLuhnKey(first13: string): string {
  for (let key = 0; key <= 9; key++) {
    const candidate = `${first13}${key}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(candidate[13 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    tenant: {
      slug: 'ville-de-clermont-ferrand',
      name: 'Ville de Clermont-Ferrand',
      kind: 'commune',
      code: '63113',
      brandColor: '#7a1f3d',
      adminEmail: 'mission.egalite@clermont-ferrand.example',
      adminName: 'Mission Égalité des Droits',
    },
    members: [
      {
        email: 'principal@college-camus.example',
        name: 'Principal du collège Albert-Camus',
        role: 'school_referent',
        organization: 'Collège Albert-Camus',
      },
    ],
    organizations: [
      {
        kind: 'service',
        name: 'Mission Égalité des Droits',
        communeCode: '63113',
        communeName: 'Clermont-Ferrand',
        activities: 'Coordonne le Pass’3e et l’égalité des chances ; fait le lien avec les collèges.',
        audience: 'Collégiens de 3e, en priorité des collèges REP et REP+.',
      },
      {
        kind: 'service',
        name: 'Direction des Espaces verts',
        communeCode: '63113',
        communeName: 'Clermont-Ferrand',
        activities: 'Accueille des groupes de collégiens : métiers du paysage et de l’environnement.',
        audience: 'Collégiens de 3e du Pass’3e.',
      },
      {
        kind: 'school',
        name: 'Collège Albert-Camus',
        uai: '0630001A',
        schoolKind: 'college',
        priorityEducation: 'REP+',
        communeCode: '63113',
      },
      {
        kind: 'school',
        name: 'Collège Jules-Vallès',
        uai: '0630002B',
        schoolKind: 'college',
        priorityEducation: 'REP',
        communeCode: '63113',
      },
      {
        kind: 'school',
        name: 'Collège Lucie-Aubrac',
        uai: '0630003C',
        schoolKind: 'college',
        priorityEducation: 'none',
        communeCode: '63113',
      },
      // A REP collège no program reaches yet: the ecosystem diagnosis lists it as a gap.
      {
        kind: 'school',
        name: 'Collège Roger-Quilliot',
        uai: '0630010K',
        schoolKind: 'college',
        priorityEducation: 'REP',
        communeCode: '63113',
      },
      {
        kind: 'business_club',
        name: 'Les entreprises s’engagent – Puy-de-Dôme',
        rna: 'W632000006',
        communeCode: '63113',
        communeName: 'Clermont-Ferrand',
        activities:
          'Club départemental d’entreprises engagées pour l’inclusion : visites d’entreprise, stages de 3e, salariés mentors.',
        audience: 'Entreprises du Puy-de-Dôme ; jeunes des quartiers prioritaires.',
      },
      {
        kind: 'association',
        name: 'Parrainage Auvergne Jeunes',
        rna: 'W632000007',
        communeCode: '63124',
        communeName: 'Cournon-d’Auvergne',
        activities: 'Parrainage de jeunes par des professionnels bénévoles ; ateliers d’orientation.',
        audience: 'Lycéens et jeunes diplômés de la métropole.',
      },
    ],
  },
  {
    tenant: {
      slug: 'ville-de-suresnes',
      name: 'Ville de Suresnes',
      kind: 'commune',
      code: '92073',
      brandColor: '#0b5563',
      adminEmail: 'drh@suresnes.example',
      adminName: 'Direction des ressources humaines',
    },
    members: [{ email: 'agent.mentor@suresnes.example', name: 'Agent mentor', role: 'mentor' }],
    organizations: [
      {
        kind: 'association',
        name: 'C’Possible',
        rna: 'W751200001',
        communeCode: '75056',
        communeName: 'Paris',
        activities: 'Mentorat : accompagne des lycéens professionnels jusqu’à leur insertion.',
        audience: 'Lycéens professionnels boursiers ou des quartiers prioritaires.',
      },
      {
        kind: 'school',
        name: 'Lycée professionnel Louis-Blériot',
        uai: '0920001D',
        schoolKind: 'lycee_professionnel',
        priorityEducation: 'none',
        communeCode: '92073',
        communeName: 'Suresnes',
      },
      {
        kind: 'service',
        name: 'Direction des ressources humaines',
        communeCode: '92073',
        communeName: 'Suresnes',
        activities: 'Porte le mentorat des agents volontaires sur leur temps de travail.',
        audience: 'Agents de la ville ; lycéens professionnels de Suresnes.',
      },
      {
        kind: 'business_club',
        name: 'Les entreprises s’engagent – Hauts-de-Seine',
        rna: 'W922000008',
        communeCode: '92050',
        communeName: 'Nanterre',
        activities: 'Club départemental d’entreprises engagées : mobilise des salariés mentors.',
        audience: 'Entreprises des Hauts-de-Seine.',
      },
    ],
  },
  {
    tenant: {
      slug: 'province-sud',
      name: 'Province Sud',
      kind: 'province',
      code: '988',
      brandColor: '#1d5c3a',
      adminEmail: 'jeunesse@province-sud.example',
      adminName: 'Direction de la jeunesse',
    },
    members: [
      {
        email: 'referent@cde.example',
        name: 'Référente RSE, Calédonienne des Eaux',
        role: 'partner_referent',
        organization: 'Calédonienne des Eaux',
      },
      {
        email: 'principal@college-mariotti.example',
        name: 'Principal du collège Jean-Mariotti',
        role: 'school_referent',
        organization: 'Collège Jean-Mariotti',
      },
    ],
    organizations: [
      {
        kind: 'company',
        name: 'Calédonienne des Eaux',
        siret: withLuhnKey('9880000010001'),
        communeCode: '98818',
        communeName: 'Nouméa',
        activities: 'Distribution de l’eau ; visites de sites, stages de 3e et salariés mentors.',
        audience: 'Collégiens et lycéens de la province.',
      },
      {
        kind: 'company',
        name: 'BCI',
        siret: withLuhnKey('9880000020001'),
        communeCode: '98818',
        communeName: 'Nouméa',
        activities: 'Banque ; rencontres inspirantes et salariés mentors.',
        audience: 'Collégiens et lycéens.',
      },
      {
        kind: 'school',
        name: 'Collège Jean-Mariotti',
        uai: '9830002B',
        schoolKind: 'college',
        priorityEducation: 'REP+',
        communeCode: '98818',
        communeName: 'Nouméa',
      },
      {
        kind: 'business_club',
        name: 'MEDEF-NC',
        rna: 'W988000003',
        communeCode: '98818',
        communeName: 'Nouméa',
        activities:
          'Organisation patronale : mobilise ses entreprises adhérentes pour le mentorat et les stages.',
        audience: 'Entreprises de Nouvelle-Calédonie.',
      },
      {
        kind: 'association',
        name: 'Association Télémaque',
        rna: 'W751200004',
        communeCode: '98818',
        communeName: 'Nouméa',
        activities: 'Mentorat de la 5e au bac, par un tuteur d’entreprise et un tuteur pédagogique.',
        audience: 'Élèves motivés de collèges REP et REP+.',
      },
    ],
  },
];
