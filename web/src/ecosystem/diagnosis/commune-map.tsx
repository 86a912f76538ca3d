import { useMemo, useState } from 'preact/hooks';
import { Notice } from '../../components/notice.tsx';
import { plural } from '../../lib/labels.ts';
import { Link } from '../../router.tsx';
import { isPlaced } from '../projection.ts';
import type { Commune, Diagnosis, MapSettings } from '../types.ts';
import { CommuneList } from './commune-list.tsx';
import LeafletMap from './leaflet-map.tsx';
import { SvgMap } from './svg-map.tsx';

export type CommuneDetails = Commune & { actorNames: string[] };

/**
 * The map of communes: Leaflet over the tenant's tiles, or the offline SVG; the list beneath.
 * Leaflet itself loads (dynamic import) only when the tenant chose a tile source: the embedded
 * default needs neither the library nor the network.
 */
export function CommuneMap(props: { diagnosis: Diagnosis; settings: MapSettings; settingsHref: string }) {
  const { diagnosis, settings, settingsHref } = props;
  const [tilesFailed, setTilesFailed] = useState(false);
  const communes = useMemo(() => withActors(diagnosis), [diagnosis]);
  const placed = useMemo(() => communes.filter(isPlaced), [communes]);
  const unplaced = communes.filter((c) => c.code !== null && !isPlaced(c));
  const interactive = Boolean(settings.tileUrl) && !tilesFailed;

  return (
    <section aria-labelledby="carte-titre">
      <h2 id="carte-titre">Carte des communes</h2>
      {interactive ? (
        <p class="eco-map-note">
          Carte interactive sur le fond de carte choisi par la collectivité. Chaque commune est un repère dont
          la taille suit le nombre d’acteurs ; ouvrez-le pour lire ses acteurs.{' '}
          <Link href={settingsHref}>Changer le fond de carte</Link>
        </p>
      ) : (
        <p class="eco-map-note">
          Carte dessinée sans connexion, à partir des coordonnées des communes : aucun fond de carte n’est
          chargé. Chaque commune est un symbole dont la taille suit le nombre d’acteurs ; avec le clavier,
          passez de l’un à l’autre avec Tab.{' '}
          <Link href={settingsHref}>Choisir un fond de carte en ligne</Link>
        </p>
      )}
      {tilesFailed ? (
        <Notice tone="info">
          Le fond de carte choisi n’a pas pu être chargé : la carte dessinée sans connexion le remplace.
        </Notice>
      ) : null}
      {placed.length === 0 ? (
        <p>Aucune commune à placer sur la carte : renseignez la commune des acteurs dans l’annuaire.</p>
      ) : interactive ? (
        <LeafletMap communes={placed} settings={settings} onFail={() => setTilesFailed(true)} />
      ) : (
        <SvgMap communes={placed} />
      )}
      <MapLegend />
      {unplaced.length ? (
        <p>
          {plural(unplaced.length, 'commune n’est pas placée', 'communes ne sont pas placées')} sur la carte
          faute de coordonnées connues : {unplaced.map((c) => `${c.name} (${c.code})`).join(', ')}. La liste
          ci-dessous les donne toutes.
        </p>
      ) : null}
      <CommuneList communes={communes} />
    </section>
  );
}

function MapLegend() {
  const items = [
    { kind: 'gap', text: 'Établissement REP ou REP+ sans programme (losange hachuré)' },
    { kind: 'covered', text: 'Commune touchée par au moins un programme (disque plein)' },
    { kind: 'none', text: 'Commune sans programme (cercle vide)' },
  ] as const;
  return (
    <ul class="eco-legend" aria-label="Légende de la carte">
      {items.map((item) => (
        <li key={item.kind}>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            {item.kind === 'gap' ? (
              <rect
                class="eco-symbol eco-symbol--gap"
                x="-7"
                y="-7"
                width="14"
                height="14"
                transform="rotate(45)"
              />
            ) : (
              <circle class={`eco-symbol eco-symbol--${item.kind}`} r="8" />
            )}
          </svg>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

function withActors(diagnosis: Diagnosis): CommuneDetails[] {
  const names = new Map<string, string[]>();
  for (const group of diagnosis.actorGroups)
    for (const actor of group.actors) {
      const key = actor.communeCode ?? '';
      names.set(key, [...(names.get(key) ?? []), actor.name]);
    }
  return diagnosis.communes.map((c) => ({ ...c, actorNames: names.get(c.code ?? '') ?? [] }));
}
