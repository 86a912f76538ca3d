import '../styles/replication.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Screens load on first use: none of them weighs on the sign-in page.
const TemplateCatalogue = lazy(() => import('./national/template-catalogue.tsx'));
const TemplateDetail = lazy(() => import('./national/template-detail.tsx'));
const ReplicationProgress = lazy(() => import('./national/replication-progress.tsx'));
const OnboardingForm = lazy(() => import('./national/onboarding-form.tsx'));
const OnboardingProgress = lazy(() => import('./national/onboarding-progress.tsx'));
const TemplatesHome = lazy(() => import('./tenant/templates-home.tsx'));
const AdoptedDetail = lazy(() => import('./tenant/adopted-detail.tsx'));

/** National templates and their replication; a tenant's catalogue, adoptions and updates. */
export const replicationRoutes: Route[] = [
  { pattern: '/national/modeles', signedIn: true, render: () => <TemplateCatalogue /> },
  { pattern: '/national/modeles/:id', signedIn: true, render: ({ id }) => <TemplateDetail id={id!} /> },
  {
    pattern: '/national/replications/:id',
    signedIn: true,
    render: ({ id }) => <ReplicationProgress id={id!} />,
  },
  { pattern: '/national/accueil-region', signedIn: true, render: () => <OnboardingForm /> },
  {
    pattern: '/national/accueil-region/:id',
    signedIn: true,
    render: ({ id }) => <OnboardingProgress id={id!} />,
  },
  // `/t/:tenant/modeles` is the conventions' templates: these are whole programs.
  { pattern: '/t/:tenant/modeles-de-programmes', signedIn: true, render: () => <TemplatesHome /> },
  {
    pattern: '/t/:tenant/modeles-de-programmes/:id',
    signedIn: true,
    render: ({ id }) => <AdoptedDetail id={id!} />,
  },
];
