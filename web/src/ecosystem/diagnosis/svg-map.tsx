import { useState } from 'preact/hooks';
import { fitProjection, type Placed, radiusFor } from '../projection.ts';
import type { CommuneDetails } from './commune-map.tsx';
import { describeCommune, symbolKind } from './map-symbols.ts';

const WIDTH = 640;
const HEIGHT = 400;
// Room for a symbol and the commune's name centred under it.
const PADDING_X = 110;
const PADDING_Y = 44;
/** Past this many communes the names would overlap: the symbols and the list carry them. */
const MAX_LABELS = 15;
const SHOWN_ACTORS = 12;

/**
 * The embedded default: commune centroids on an equirectangular projection fitted to the
 * territory, drawn inline with no tile and no network. Each symbol is focusable, carries a
 * <title>, and shows its commune's actors below the map when focused or clicked.
 */
export function SvgMap({ communes }: { communes: Placed<CommuneDetails>[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const project = fitProjection(communes, {
    width: WIDTH,
    height: HEIGHT,
    paddingX: PADDING_X,
    paddingY: PADDING_Y,
  });
  const largest = Math.max(0, ...communes.map((c) => c.actors));
  // Largest first, so a small commune is drawn over (and stays reachable above) a large one.
  const ordered = [...communes].sort((a, b) => b.actors - a.actors);
  const current = communes.find((c) => c.code === selected);

  return (
    <figure class="eco-map">
      <svg
        class="eco-map__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-labelledby="carte-svg-titre"
        aria-describedby="carte-svg-aide"
      >
        <title id="carte-svg-titre">Carte des communes (dessinée sans connexion)</title>
        <defs>
          <pattern
            id="eco-hachures"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" class="eco-hatch__background" />
            <line x1="0" y1="0" x2="0" y2="6" class="eco-hatch__line" />
          </pattern>
        </defs>
        <rect class="eco-map__background" width={WIDTH} height={HEIGHT} />
        {ordered.map((commune) => {
          const { x, y } = project(commune);
          const r = radiusFor(commune.actors, largest);
          const kind = symbolKind(commune);
          const label = describeCommune(commune);
          const select = () => setSelected(commune.code);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG symbol cannot be a <button>; it acts as one.
            <g
              key={commune.code}
              class={`eco-map__symbol${commune.code === selected ? ' is-selected' : ''}`}
              tabIndex={0}
              role="button"
              aria-label={label}
              aria-pressed={commune.code === selected}
              data-commune={commune.code}
              onFocus={select}
              onClick={select}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  select();
                }
              }}
            >
              <title>{label}</title>
              {kind === 'gap' ? (
                <rect
                  class="eco-symbol eco-symbol--gap"
                  x={x - r * 0.8}
                  y={y - r * 0.8}
                  width={r * 1.6}
                  height={r * 1.6}
                  transform={`rotate(45 ${x} ${y})`}
                />
              ) : (
                <circle class={`eco-symbol eco-symbol--${kind}`} cx={x} cy={y} r={r} />
              )}
              {communes.length <= MAX_LABELS ? (
                <text class="eco-map__label" x={x} y={y + r + 14} text-anchor="middle">
                  {commune.name}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id="carte-svg-aide" class="muted">
        Projection simple des centres des communes, ajustée au territoire ; les distances sont approchées.
      </figcaption>
      <div class="eco-map__details" aria-live="polite">
        {current ? (
          <>
            <h3>{current.name}</h3>
            <p>{describeCommune(current)}</p>
            {current.actorNames.length ? (
              <>
                <p>Acteurs de la commune :</p>
                <ul>
                  {current.actorNames.slice(0, SHOWN_ACTORS).map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                  {current.actorNames.length > SHOWN_ACTORS ? (
                    <li>
                      et {current.actorNames.length - SHOWN_ACTORS} autres (voir le tableau des acteurs)
                    </li>
                  ) : null}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p class="muted">Choisissez une commune sur la carte pour lire ses acteurs ici.</p>
        )}
      </div>
    </figure>
  );
}
