import '../styles/mentoring.css';
import { lazy } from '../components/lazy.tsx';
import type { Route } from '../route.ts';

// Screens load on first use: none of them weighs on the sign-in page.
const Programs = lazy(() => import('./programs/program-list.tsx'));
const ProgramDashboard = lazy(() => import('./program/program-dashboard.tsx'));
const MyMentors = lazy(() => import('./partner/my-mentors.tsx'));
const MyStudents = lazy(() => import('./school/my-students.tsx'));
const MyMentoring = lazy(() => import('./mentor/my-mentoring.tsx'));
const GuardianAuthorisation = lazy(() => import('./public/guardian-authorisation.tsx'));
const ManagerApproval = lazy(() => import('./public/manager-approval.tsx'));

/** Mentoring: the coordinator's programs, partners' mentors, schools' pupils, mentors, public links. */
export const mentoringRoutes: Route[] = [
  { pattern: '/t/:tenant/mentorat', signedIn: true, render: () => <Programs /> },
  {
    pattern: '/t/:tenant/mentorat/:programId',
    signedIn: true,
    render: ({ programId }) => <ProgramDashboard programId={programId!} />,
  },
  { pattern: '/t/:tenant/mes-mentors', signedIn: true, render: () => <MyMentors /> },
  { pattern: '/t/:tenant/mes-eleves', signedIn: true, render: () => <MyStudents /> },
  { pattern: '/t/:tenant/mon-mentorat', signedIn: true, render: () => <MyMentoring /> },
  {
    pattern: '/t/:tenant/autorisation/:token',
    signedIn: false,
    render: (p) => <GuardianAuthorisation tenant={p.tenant!} token={p.token!} />,
  },
  {
    pattern: '/t/:tenant/accord-responsable/:token',
    signedIn: false,
    render: (p) => <ManagerApproval tenant={p.tenant!} token={p.token!} />,
  },
];
