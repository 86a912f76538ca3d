import '../styles/ecosystem.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Lazy: the diagnosis, its map and Leaflet (loaded only when a tile source is set) weigh nothing
// on the other pages.
const Ecosystem = lazy(() => import('./diagnosis/ecosystem-screen.tsx'));
const MapSettings = lazy(() => import('./settings/map-settings-screen.tsx'));

/** The territory's actors, the programs reaching its schools and communes, and the gaps. */
export const ecosystemRoutes: Route[] = [
  { pattern: '/t/:tenant/ecosysteme', signedIn: true, render: () => <Ecosystem /> },
  { pattern: '/t/:tenant/ecosysteme/fond-de-carte', signedIn: true, render: () => <MapSettings /> },
];
