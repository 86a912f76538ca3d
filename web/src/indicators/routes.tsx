import '../styles/indicators.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Screens load on first use: none of them weighs on the sign-in page.
const NationalIndicators = lazy(() => import('./national/national-indicators.tsx'));
const TenantIndicators = lazy(() => import('./tenant/tenant-indicators.tsx'));

/** Shared indicators: the national dashboard and a tenant's figures against the national median. */
export const indicatorsRoutes: Route[] = [
  { pattern: '/national/indicateurs', signedIn: true, render: () => <NationalIndicators /> },
  { pattern: '/t/:tenant/indicateurs', signedIn: true, render: () => <TenantIndicators /> },
];
