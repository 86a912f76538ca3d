import { SECRET } from '../format.ts';

/** A hidden cell: "< 5" on screen, the reason spelled out for screen readers. */
export function SecretValue() {
  return (
    <span class="secret">
      <span aria-hidden="true">{SECRET}</span>
      <span class="visually-hidden">secret statistique, moins de 5 personnes</span>
    </span>
  );
}

/** Why some cells read "< 5": said once under each table that has them. */
export function SecretNote({ id }: { id?: string }) {
  return (
    <p class="secret-note" id={id}>
      <strong>{SECRET}</strong> : secret statistique. Une case qui décrirait moins de 5 personnes n’est jamais
      transmise au niveau national, ni une part dont l’un des deux côtés compte moins de 5 personnes ; une
      seconde case est parfois masquée pour qu’on ne puisse pas retrouver la première par soustraction. Avec
      peu de participants, beaucoup de cases sont donc masquées : c’est voulu.
    </p>
  );
}
