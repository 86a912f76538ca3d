import { adminAndNationalNav } from '../route.ts';

/** A tenant admin's catalogue of national templates; the national coordination's templates. */
export const replicationNav = adminAndNationalNav(
  { path: 'modeles-de-programmes', label: 'Modèles nationaux' },
  { href: '/national/modeles', label: 'Modèles de programmes' },
);
