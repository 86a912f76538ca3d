import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading, Notice } from './notice.tsx';
import { PageHeading } from './page-heading.tsx';

/** A screen loaded on first use, so the sign-in page does not carry the back-office code. */
export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (module) => {
          loaded = module.default;
          setScreen(() => module.default);
        },
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed) {
      return (
        <>
          <PageHeading title="Page indisponible" />
          <Notice tone="error">
            Cette page n’a pas pu être chargée. Vérifiez votre connexion puis rechargez la page.
          </Notice>
        </>
      );
    }
    return Screen ? <Screen {...props} /> : <Loading />;
  };
}
