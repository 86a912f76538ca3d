import { Link } from '../../router.tsx';
import { steps } from './engagement-values.ts';

type Props = {
  current: number;
  /** The first step not complete yet: it and every step before it can be opened. */
  reachable: number;
  hrefFor: (step: number) => string;
};

/**
 * The steps as an ordered list in a navigation landmark. The current one carries
 * aria-current="step"; steps one may open are links; the others are plain text, out of the tab order.
 */
export function EngagementStepper({ current, reachable, hrefFor }: Props) {
  return (
    <nav class="stepper" aria-label="Étapes de l’engagement">
      <ol>
        {steps.map((step, index) => {
          const done = index < reachable && index !== current;
          const state = index === current ? 'current' : done ? 'done' : index <= reachable ? 'open' : 'todo';
          const status = { current: 'en cours', done: 'terminée', open: 'à compléter', todo: 'à venir' }[
            state
          ];
          const content = (
            <>
              <span class="stepper__number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span class="stepper__title">
                <span class="visually-hidden">Étape {index + 1} : </span>
                {step.title}
                <span class="visually-hidden"> ({status})</span>
              </span>
            </>
          );
          return (
            <li key={step.title} class={`stepper__step stepper__step--${state}`}>
              {state === 'current' ? (
                <span class="stepper__item" aria-current="step">
                  {content}
                </span>
              ) : state === 'todo' ? (
                <span class="stepper__item">{content}</span>
              ) : (
                <Link href={hrefFor(index)} class="stepper__item">
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
