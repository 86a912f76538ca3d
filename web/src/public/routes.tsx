import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';
import '../styles/public.css';

const Engagement = lazy(() => import('./engagement/engagement.tsx'));
const Signing = lazy(() => import('./signing/signing.tsx'));
const Verify = lazy(() => import('./verify/verify.tsx'));

/** Public screens: the partner engagement path, signing by link, document verification. */
export const publicRoutes: Route[] = [
  { pattern: '/t/:tenant/engager', signedIn: false, render: (p) => <Engagement tenant={p.tenant!} /> },
  {
    pattern: '/t/:tenant/signer/:token',
    signedIn: false,
    render: (p) => <Signing tenant={p.tenant!} token={p.token!} />,
  },
  { pattern: '/verifier', signedIn: false, render: () => <Verify /> },
];
