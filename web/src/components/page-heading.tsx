import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { consumeFocusRequest } from '../router.tsx';

/**
 * The page's h1. It names the document and, after a user navigation, takes the focus so that
 * screen reader and keyboard users start reading the new page from its title.
 */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Passerelle`;
  }, [title]);

  useEffect(() => {
    if (consumeFocusRequest()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
