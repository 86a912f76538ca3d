import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();

// Focus moves to the new page's h1 only after a navigation the user asked for: on first load and
// on redirects the browser's natural order (skip link first) must stay intact.
let focusRequested = false;
let current = location.pathname + location.search;

function notify(): void {
  current = location.pathname + location.search;
  for (const listener of listeners) listener();
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', to);
  } else {
    if (to === location.pathname + location.search) return;
    history.pushState(null, '', to);
    focusRequested = true;
  }
  window.scrollTo(0, 0);
  notify();
}

window.addEventListener('popstate', () => {
  // A fragment change (the skip link) fires popstate too: it is not a new page.
  if (location.pathname + location.search === current) return;
  focusRequested = true;
  notify();
});

/** True once per user navigation; the page heading calls it when it mounts. */
export function consumeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

export type Location = { path: string; query: URLSearchParams };

export function useLocation(): Location {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

/** Matches `/t/:tenant/organisations` style patterns; returns decoded params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = have[i]!;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

type LinkProps = {
  href: string;
  children: ComponentChildren;
  class?: string;
  /** 'page' on the link to this very page, 'true' on the entry of the section it belongs to. */
  'aria-current'?: 'page' | 'true' | undefined;
  onClick?: (event: TargetedMouseEvent<HTMLAnchorElement>) => void;
};

export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}

export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
