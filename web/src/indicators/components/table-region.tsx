import type { ComponentChildren } from 'preact';

/**
 * A wide table that may scroll sideways on a small screen: the scrolling box is a named region
 * that takes the keyboard focus, so it can be scrolled without a mouse.
 */
export function TableRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
