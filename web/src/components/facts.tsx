import type { ComponentChildren } from 'preact';

/** A term and its value; `null` leaves out a fact that does not apply. */
export type Fact = readonly [term: string, value: ComponentChildren] | null;

/** The key facts of a resource under its title, as a description list. */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <dl class="facts">
      {items.map((fact) =>
        fact ? (
          <div key={fact[0]}>
            <dt>{fact[0]}</dt>
            <dd>{fact[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
