import '../styles/discovery.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Screens load on first use: none of them weighs on the sign-in page.
const Programs = lazy(() => import('./programs/program-list.tsx'));
const ProgramDashboard = lazy(() => import('./program/program-dashboard.tsx'));
const StudentBooklet = lazy(() => import('./booklet/student-booklet.tsx'));
const MyPupils = lazy(() => import('./school/my-pupils.tsx'));
const MyGroups = lazy(() => import('./tutor/my-groups.tsx'));
const GuardianAuthorisation = lazy(() => import('./public/guardian-authorisation.tsx'));
const Booklet = lazy(() => import('./public/booklet.tsx'));
const Survey = lazy(() => import('./public/survey.tsx'));

/**
 * Pass'3e: the coordination's programs, schools' pupils, tutors' groups, and the links mailed to
 * guardians (authorisation), pupils (booklet) and tutors and schools (end-of-week survey).
 */
export const discoveryRoutes: Route[] = [
  { pattern: '/t/:tenant/pass3e', signedIn: true, render: () => <Programs /> },
  {
    pattern: '/t/:tenant/pass3e/autorisation/:token',
    signedIn: false,
    render: (p) => <GuardianAuthorisation tenant={p.tenant!} token={p.token!} />,
  },
  {
    pattern: '/t/:tenant/pass3e/livret/:token',
    signedIn: false,
    render: (p) => <Booklet tenant={p.tenant!} token={p.token!} />,
  },
  {
    pattern: '/t/:tenant/pass3e/avis/:token',
    signedIn: false,
    render: (p) => <Survey tenant={p.tenant!} token={p.token!} />,
  },
  {
    pattern: '/t/:tenant/pass3e/:programId',
    signedIn: true,
    render: ({ programId }) => <ProgramDashboard programId={programId!} />,
  },
  {
    pattern: '/t/:tenant/pass3e/:programId/eleves/:studentId',
    signedIn: true,
    render: (p) => <StudentBooklet programId={p.programId!} studentId={p.studentId!} />,
  },
  { pattern: '/t/:tenant/mes-eleves-pass3e', signedIn: true, render: () => <MyPupils /> },
  { pattern: '/t/:tenant/mes-groupes', signedIn: true, render: () => <MyGroups /> },
];
