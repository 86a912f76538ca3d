import { PageHeading } from '../components/page-heading.tsx';
import { Link } from '../router.tsx';

export function NotFound() {
  return (
    <>
      <PageHeading title="Page introuvable" />
      <p>La page demandée n’existe pas ou vous n’y avez pas accès.</p>
      <p>Vérifiez l’adresse saisie, ou repartez de l’accueil.</p>
      <p>
        <Link href="/">Retour à l’accueil</Link>
      </p>
    </>
  );
}
