import type { CreateTemplateInput } from '@passerelle/domain';

// Convention templates drawn from the seeds: Province Sud's 3-year mentoring partnership (CDE,
// BCI, MEDEF-NC), Suresnes' agreement letting agents mentor on work time, Clermont's Pass'3e hosts.

const ARTICLE_OBJET = {
  heading: 'Article 1 — Objet',
  body: 'La présente convention lie {{collectivite}} et {{partenaire}} ({{identifiant_partenaire}}) pour la promotion du mentorat et de la découverte des métiers auprès des jeunes accompagnés par {{collectivite}}, afin de participer à la lutte pour l’égalité des chances dans l’éducation.',
};
const ARTICLE_DUREE = {
  heading: 'Article 3 — Durée',
  body: 'La convention est conclue pour {{duree_annees}} à compter du {{date_debut}}, jusqu’au {{date_fin}}. Elle peut être renouvelée par une nouvelle convention.',
};
const ARTICLE_DONNEES = {
  heading: 'Article 5 — Données personnelles des jeunes',
  body: 'Le partenaire n’accède aux données d’un jeune qu’après l’autorisation de ses représentants légaux, et seulement à celles nécessaires à l’action (prénom, niveau, établissement). Il s’interdit toute autre utilisation.',
};

export const DEMO_TEMPLATES: Record<string, CreateTemplateInput[]> = {
  'province-sud': [
    {
      name: 'Partenariat mentorat (3 ans)',
      kind: 'partnership',
      isPublic: true,
      description:
        'Engagez votre entreprise dans le programme de mentorat de la province Sud, de la 5e au baccalauréat, avec l’appui méthodologique de Télémaque.',
      version: {
        title: 'Convention de partenariat pour la promotion du mentorat',
        clauses: [
          ARTICLE_OBJET,
          {
            heading: 'Article 2 — Engagements du partenaire',
            body: 'Le partenaire s’engage, chaque année de la convention : {{engagements}}. Il identifie chaque année des volontaires parmi ses salariés pour devenir mentors de jeunes accompagnés, ouvre ses installations pour des visites et la découverte des métiers, et peut accueillir des stagiaires (notamment le stage d’observation de 3e).',
          },
          ARTICLE_DUREE,
          {
            heading: 'Article 4 — Engagements de la collectivité',
            body: '{{collectivite}} organise le programme, forme et accompagne les mentors, et informe le partenaire du suivi des actions. Elle tient à jour le bilan annuel des engagements.',
          },
          ARTICLE_DONNEES,
        ],
        commitmentTypes: [
          'volunteer_mentors',
          'site_visits',
          'job_discovery_days',
          'internship_places_3e',
          'inspiring_meetings',
        ],
        durationMonths: 36,
        signatories: [
          { role: 'partner_representative', label: 'Pour le partenaire' },
          {
            role: 'tenant_representative',
            label: 'Pour la province Sud',
            defaultSigner: {
              name: 'Vice-président·e de l’assemblée de la province Sud',
              title: 'Par délégation de la présidente',
              email: 'jeunesse@province-sud.example',
            },
          },
        ],
        signingOrder: 'sequential',
      },
    },
  ],
  'ville-de-suresnes': [
    {
      name: 'Mentorat des agents sur le temps de travail',
      kind: 'internal_agreement',
      isPublic: false,
      description:
        'Accord permettant à chaque agent volontaire de mentorer un lycéen professionnel sur son temps de travail, avec une association opératrice.',
      version: {
        title: 'Accord sur le mentorat des agents de la ville',
        clauses: [
          {
            heading: 'Article 1 — Objet',
            body: 'Le présent accord permet aux agents de {{collectivite}} qui le souhaitent de mentorer, sur leur temps de travail, un élève d’un lycée professionnel, avec l’association {{operateur}}.',
          },
          {
            heading: 'Article 2 — Temps consacré',
            body: 'Chaque agent mentor dispose d’une enveloppe annuelle ; l’ensemble représente : {{engagements}}. L’accord du responsable hiérarchique est requis.',
          },
          ARTICLE_DUREE,
        ],
        commitmentTypes: ['volunteer_mentors', 'agent_mentoring_hours'],
        durationMonths: 36,
        signatories: [
          { role: 'partner_representative', label: 'Pour les organisations syndicales' },
          { role: 'operator', label: 'Pour l’association opératrice' },
          { role: 'tenant_representative', label: 'Pour la ville de Suresnes' },
        ],
        signingOrder: 'parallel',
      },
    },
  ],
  'ville-de-clermont-ferrand': [
    {
      name: 'Stage d’observation Pass’3e (un élève)',
      kind: 'internship',
      isPublic: false,
      description:
        'La convention de stage d’observation de chaque élève accueilli, signée en ligne par le collège, le représentant légal et la ville.',
      version: {
        title: 'Convention de stage d’observation en milieu professionnel (classe de 3e)',
        clauses: [
          {
            heading: 'Article 1 — Objet',
            body: 'La présente convention organise la séquence d’observation en milieu professionnel d’un élève de 3e de {{partenaire}}, accueilli par {{collectivite}} dans le cadre du Pass’3e, du {{date_debut}} au {{date_fin}}.',
          },
          {
            heading: 'Article 2 — Déroulement',
            body: 'L’élève découvre la collectivité : une journée citoyenneté, trois journées dans trois services différents où il interviewe un agent et réalise une activité, une journée de restitution. Il tient un livret personnel. Accueil : {{engagements}}.',
          },
          {
            heading: 'Article 3 — Statut de l’élève',
            body: 'L’élève reste sous statut scolaire. Il ne peut effectuer aucun travail dangereux ni participer à une production. Il est encadré par un tuteur ou une tutrice désigné·e pour chaque journée.',
          },
          {
            heading: 'Article 4 — Assurance et responsabilité',
            body: 'Le chef d’établissement, {{signataire_partenaire}}, vérifie la couverture des risques de l’élève ; {{collectivite}} couvre sa responsabilité civile en tant qu’organisme d’accueil.',
          },
        ],
        commitmentTypes: ['internship_places_3e'],
        durationMonths: 1,
        signatories: [
          { role: 'partner_representative', label: 'Pour le collège' },
          { role: 'legal_guardian', label: 'Le représentant légal de l’élève' },
          {
            role: 'tenant_representative',
            label: 'Pour la ville de Clermont-Ferrand, organisme d’accueil',
            defaultSigner: {
              name: 'Adjoint·e au maire chargé·e de l’égalité des droits',
              title: 'Par délégation du maire',
              email: 'mission.egalite@clermont-ferrand.example',
            },
          },
        ],
        signingOrder: 'sequential',
      },
    },
    {
      name: 'Accueil de collégiens Pass’3e',
      kind: 'partnership',
      isPublic: true,
      description:
        'Accueillez des collégiens de 3e pour une journée de découverte de vos métiers pendant les semaines Pass’3e.',
      version: {
        title: 'Convention d’accueil Pass’3e',
        clauses: [
          ARTICLE_OBJET,
          {
            heading: 'Article 2 — Accueil',
            body: 'Le partenaire accueille chaque année : {{engagements}}. Il désigne un tuteur ou une tutrice par journée et valorise des métiers mixtes.',
          },
          ARTICLE_DUREE,
          ARTICLE_DONNEES,
        ],
        commitmentTypes: ['internship_places_3e', 'job_discovery_days', 'site_visits'],
        durationMonths: 36,
        signatories: [
          { role: 'partner_representative', label: 'Pour le partenaire' },
          {
            role: 'tenant_representative',
            label: 'Pour la ville de Clermont-Ferrand',
            defaultSigner: {
              name: 'Adjoint·e au maire chargé·e de l’égalité des droits',
              title: 'Par délégation du maire',
              email: 'mission.egalite@clermont-ferrand.example',
            },
          },
        ],
        signingOrder: 'sequential',
      },
    },
  ],
};
