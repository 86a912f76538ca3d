import { criterionLabels, schoolLevelLabels } from '../labels.ts';
import type { PairView } from '../types.ts';

const number = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** A criterion's value: a share (0 to 1) reads as a percentage, anything else as it is. */
function formatValue(value: number): string {
  if (value >= 0 && value <= 1) return `${Math.round(value * 100).toLocaleString('fr-FR')}\u00a0%`;
  return number(value);
}

export function pairTitle(pair: PairView): string {
  return `${pair.mentor.name} et ${pair.youngPerson.firstName}`;
}

/** How the score adds up, criterion by criterion, with the engine's explanation in French. */
export function Breakdown({ pair }: { pair: PairView }) {
  return (
    <div class="table-wrap">
      <table class="breakdown">
        <caption>Détail du score : {pairTitle(pair)}</caption>
        <thead>
          <tr>
            <th scope="col">Critère</th>
            <th scope="col" class="numeric">
              Poids
            </th>
            <th scope="col" class="numeric">
              Valeur
            </th>
            <th scope="col" class="numeric">
              Points
            </th>
            <th scope="col">Explication</th>
          </tr>
        </thead>
        <tbody>
          {pair.breakdown.map((line) => (
            <tr key={line.criterion}>
              <th scope="row">
                {criterionLabels[line.criterion as keyof typeof criterionLabels] ?? line.criterion}
              </th>
              <td class="numeric">{number(line.weight)}</td>
              <td class="numeric">{formatValue(line.value)}</td>
              <td class="numeric">{number(line.points)}</td>
              <td>{line.explanation}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Score total</th>
            <td />
            <td />
            <td class="numeric">
              <strong>{number(pair.score)}</strong>
            </td>
            <td>sur 100</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

type Props = {
  pair: PairView;
  busy: boolean;
  onToggleLock: (pair: PairView) => void;
  onReject: (pair: PairView) => void;
};

/** One proposal: who with whom, the score and its detail, and what the coordinator can do. */
export function ProposalCard({ pair, busy, onToggleLock, onReject }: Props) {
  const headingId = `proposition-${pair.id}`;
  return (
    <article class={pair.locked ? 'proposal proposal--locked' : 'proposal'} aria-labelledby={headingId}>
      <div class="proposal__head">
        <h3 id={headingId}>
          {pair.mentor.name}
          <span aria-hidden="true"> ↔ </span>
          <span class="visually-hidden"> avec </span>
          {pair.youngPerson.firstName}
        </h3>
        <p class="proposal__score">
          Score <strong>{number(pair.score)}</strong> sur 100
        </p>
        {pair.locked ? <p class="tag tag--locked">Verrouillé : gardé aux prochains appariements</p> : null}
      </div>
      <p class="proposal__people">
        <span>
          <strong>Mentor :</strong> {pair.mentor.jobTitle}, {pair.mentor.organizationName}
        </span>
        <span>
          <strong>Jeune :</strong> {schoolLevelLabels[pair.youngPerson.level] ?? pair.youngPerson.level},{' '}
          {pair.youngPerson.schoolName}
        </span>
      </p>
      <Breakdown pair={pair} />
      <div class="actions actions--tight">
        <button
          type="button"
          id={`verrou-${pair.id}`}
          class="button button--secondary button--small"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => busy || onToggleLock(pair)}
        >
          {pair.locked ? 'Déverrouiller' : 'Verrouiller'}
          <span class="visually-hidden"> : {pairTitle(pair)}</span>
        </button>
        <button
          type="button"
          id={`rejet-${pair.id}`}
          class="button button--secondary button--small button--danger-text"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => busy || onReject(pair)}
        >
          Rejeter<span class="visually-hidden"> : {pairTitle(pair)}</span>
        </button>
      </div>
    </article>
  );
}
