import '../styles/conventions.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Screens load on first use: none of them weighs on the sign-in page.
const Templates = lazy(() => import('./templates/template-list.tsx'));
const TemplateEdit = lazy(() => import('./templates/template-edit.tsx'));
const Conventions = lazy(() => import('./conventions/convention-list.tsx'));
const NewConvention = lazy(() => import('./conventions/convention-new.tsx'));
const ConventionDetail = lazy(() => import('./conventions/convention-detail.tsx'));
const ConventionEdit = lazy(() => import('./conventions/convention-edit.tsx'));
const Fulfilment = lazy(() => import('./fulfilment/fulfilment.tsx'));
const Events = lazy(() => import('./events/event-list.tsx'));
const NewEvent = lazy(() => import('./events/event-new.tsx'));
const EventDetail = lazy(() => import('./events/event-detail.tsx'));

/** Back-office screens of conventions, partner actions and the fulfilment dashboard. */
export const conventionRoutes: Route[] = [
  { pattern: '/t/:tenant/modeles', signedIn: true, render: () => <Templates /> },
  { pattern: '/t/:tenant/modeles/nouveau', signedIn: true, render: () => <TemplateEdit /> },
  { pattern: '/t/:tenant/modeles/:id', signedIn: true, render: ({ id }) => <TemplateEdit id={id!} /> },
  { pattern: '/t/:tenant/conventions', signedIn: true, render: () => <Conventions section="conventions" /> },
  { pattern: '/t/:tenant/conventions/nouvelle', signedIn: true, render: () => <NewConvention /> },
  {
    pattern: '/t/:tenant/conventions/:id',
    signedIn: true,
    render: ({ id }) => <ConventionDetail id={id!} section="conventions" />,
  },
  {
    pattern: '/t/:tenant/conventions/:id/modifier',
    signedIn: true,
    render: ({ id }) => <ConventionEdit id={id!} />,
  },
  {
    pattern: '/t/:tenant/mes-conventions',
    signedIn: true,
    render: () => <Conventions section="mes-conventions" />,
  },
  {
    pattern: '/t/:tenant/mes-conventions/:id',
    signedIn: true,
    render: ({ id }) => <ConventionDetail id={id!} section="mes-conventions" />,
  },
  { pattern: '/t/:tenant/engagements', signedIn: true, render: () => <Fulfilment /> },
  { pattern: '/t/:tenant/actions', signedIn: true, render: () => <Events /> },
  { pattern: '/t/:tenant/actions/nouvelle', signedIn: true, render: () => <NewEvent /> },
  { pattern: '/t/:tenant/actions/:id', signedIn: true, render: ({ id }) => <EventDetail id={id!} /> },
];
