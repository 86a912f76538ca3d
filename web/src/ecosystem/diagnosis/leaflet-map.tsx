import type * as Leaflet from 'leaflet';
import { useEffect, useRef } from 'preact/hooks';
import { type Placed, radiusFor } from '../projection.ts';
import type { MapSettings } from '../types.ts';
import type { CommuneDetails } from './commune-map.tsx';
import { describeCommune, symbolKind } from './map-symbols.ts';

/** No tile after this long, or only failures: the tiles are out of reach, the SVG takes over. */
const TILE_TIMEOUT_MS = 10_000;
const FAILURES_BEFORE_GIVING_UP = 2;
const SHOWN_ACTORS = 12;

type Props = { communes: Placed<CommuneDetails>[]; settings: MapSettings; onFail: () => void };

/**
 * Leaflet over the tenant's tile source, loaded on this screen only. Markers are HTML (div icons),
 * so Leaflet makes them keyboard-focusable buttons; their popup lists the commune's actors, built
 * as DOM text (names come from the directory, never as HTML).
 */
export default function LeafletMap({ communes, settings, onFail }: Props) {
  const container = useRef<HTMLElement>(null);
  const failed = useRef(onFail);
  failed.current = onFail;

  useEffect(() => {
    let map: Leaflet.Map | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const giveUp = () => {
      if (done) return;
      done = true;
      failed.current();
    };
    import('leaflet').then(
      (module) => {
        const L = (module as unknown as { default?: typeof Leaflet }).default ?? module;
        if (done || !container.current || !settings.tileUrl) return;
        map = L.map(container.current, { zoomControl: false, scrollWheelZoom: false });
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(map);
        let loaded = 0;
        let errors = 0;
        const tiles = L.tileLayer(settings.tileUrl, {
          // Leaflet writes the attribution as HTML: the tenant's text goes in as text.
          attribution: escapeHtml(settings.attribution ?? ''),
          maxZoom: 18,
        });
        tiles.on('tileload', () => {
          loaded++;
        });
        tiles.on('tileerror', () => {
          errors++;
          if (loaded === 0 && errors >= FAILURES_BEFORE_GIVING_UP) giveUp();
        });
        tiles.addTo(map);
        timer = setTimeout(() => loaded === 0 && giveUp(), TILE_TIMEOUT_MS);

        // The view first: Leaflet draws a marker (and so its element exists) once the map has one.
        const bounds = L.latLngBounds(communes.map((c) => [c.lat, c.lon] as [number, number]));
        map.fitBounds(bounds, { padding: [40, 40], maxZoom: 13 });
        const largest = Math.max(0, ...communes.map((c) => c.actors));
        for (const commune of communes) addMarker(L, map, commune, radiusFor(commune.actors, largest));
        map.on('popupopen', (event) => {
          // Leaflet's close button speaks English.
          const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
          close?.setAttribute('aria-label', 'Fermer');
          close?.setAttribute('title', 'Fermer');
        });
      },
      () => giveUp(),
    );
    return () => {
      done = true;
      clearTimeout(timer);
      map?.remove();
    };
  }, [communes, settings.tileUrl, settings.attribution]);

  return (
    <section
      ref={container}
      class="eco-leaflet"
      aria-label="Carte interactive des communes ; la liste des communes suit la carte"
    />
  );
}

function addMarker(L: typeof Leaflet, map: Leaflet.Map, commune: Placed<CommuneDetails>, radius: number) {
  const kind = symbolKind(commune);
  const size = Math.round(radius * 2);
  const label = describeCommune(commune);
  const marker = L.marker([commune.lat, commune.lon], {
    icon: L.divIcon({
      className: 'eco-marker',
      html: `<span class="eco-marker__shape eco-marker__shape--${kind}"></span>`,
      iconSize: [size, size],
    }),
    title: label,
    keyboard: true,
  });
  marker.bindPopup(() => popupContent(commune));
  marker.addTo(map);
  const element = marker.getElement();
  element?.setAttribute('aria-label', label);
  element?.setAttribute('data-commune', commune.code);
}

function popupContent(commune: Placed<CommuneDetails>): HTMLElement {
  const root = document.createElement('div');
  root.className = 'eco-popup';
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = commune.name;
  title.append(strong);
  const facts = document.createElement('p');
  facts.textContent = describeCommune(commune);
  root.append(title, facts);
  if (commune.actorNames.length) {
    const list = document.createElement('ul');
    for (const name of commune.actorNames.slice(0, SHOWN_ACTORS)) {
      const item = document.createElement('li');
      item.textContent = name;
      list.append(item);
    }
    if (commune.actorNames.length > SHOWN_ACTORS) {
      const more = document.createElement('li');
      more.textContent = `et ${commune.actorNames.length - SHOWN_ACTORS} autres (voir le tableau des acteurs)`;
      list.append(more);
    }
    root.append(list);
  }
  return root;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
