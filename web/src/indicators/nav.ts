import { adminAndNationalNav } from '../route.ts';

/** A tenant admin's indicators against the national median; the national dashboard. */
export const indicatorsNav = adminAndNationalNav(
  { path: 'indicateurs', label: 'Indicateurs' },
  { href: '/national/indicateurs', label: 'Indicateurs nationaux' },
);
