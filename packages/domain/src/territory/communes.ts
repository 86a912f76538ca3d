/**
 * Commune reference: INSEE code → name and centroid (degrees), for the demo territories and their
 * neighbours — Clermont Auvergne Métropole, the Hauts-de-Seine around Suresnes, the communes of
 * Province Sud. Mentor matching reads the centroids for its distance criterion; the ecosystem map
 * places communes with them. A commune missing here is listed by the map, not placed, and scores a
 * neutral distance in matching. Production loads the full INSEE table the same way: a module of
 * constants, no I/O.
 */
export type CommuneReference = { name: string; lat: number; lon: number };

export const COMMUNES: Readonly<Record<string, CommuneReference>> = {
  // Paris and the Hauts-de-Seine around Suresnes.
  '75056': { name: 'Paris', lat: 48.8566, lon: 2.3522 },
  '92073': { name: 'Suresnes', lat: 48.8712, lon: 2.2251 },
  '92050': { name: 'Nanterre', lat: 48.8924, lon: 2.2071 },
  '92062': { name: 'Puteaux', lat: 48.8846, lon: 2.2384 },
  '92063': { name: 'Rueil-Malmaison', lat: 48.8778, lon: 2.1803 },
  '92026': { name: 'Courbevoie', lat: 48.8973, lon: 2.2566 },
  '92012': { name: 'Boulogne-Billancourt', lat: 48.8353, lon: 2.2412 },
  '92064': { name: 'Saint-Cloud', lat: 48.844, lon: 2.2194 },
  '92033': { name: 'Garches', lat: 48.8461, lon: 2.1869 },
  '92076': { name: 'Vaucresson', lat: 48.8428, lon: 2.1528 },
  '92051': { name: 'Neuilly-sur-Seine', lat: 48.8846, lon: 2.2697 },
  '92025': { name: 'Colombes', lat: 48.9226, lon: 2.2522 },
  '92035': { name: 'La Garenne-Colombes', lat: 48.9069, lon: 2.2447 },
  // Clermont Auvergne Métropole, and Riom.
  '63113': { name: 'Clermont-Ferrand', lat: 45.7772, lon: 3.087 },
  '63014': { name: 'Aubière', lat: 45.7508, lon: 3.1114 },
  '63019': { name: 'Aulnat', lat: 45.7989, lon: 3.1683 },
  '63032': { name: 'Beaumont', lat: 45.7517, lon: 3.0836 },
  '63042': { name: 'Blanzat', lat: 45.8297, lon: 3.0781 },
  '63063': { name: 'Cébazat', lat: 45.8317, lon: 3.1003 },
  '63069': { name: 'Le Cendre', lat: 45.7222, lon: 3.1864 },
  '63075': { name: 'Chamalières', lat: 45.7737, lon: 3.0668 },
  '63099': { name: 'Châteaugay', lat: 45.8517, lon: 3.0856 },
  '63124': { name: 'Cournon-d’Auvergne', lat: 45.7354, lon: 3.1961 },
  '63141': { name: 'Durtol', lat: 45.7961, lon: 3.0522 },
  '63164': { name: 'Gerzat', lat: 45.8244, lon: 3.1447 },
  '63193': { name: 'Lempdes', lat: 45.7706, lon: 3.1936 },
  '63254': { name: 'Nohanent', lat: 45.8072, lon: 3.0564 },
  '63263': { name: 'Orcines', lat: 45.7822, lon: 3.0131 },
  '63272': { name: 'Pérignat-lès-Sarliève', lat: 45.7369, lon: 3.1408 },
  '63284': { name: 'Pont-du-Château', lat: 45.7983, lon: 3.2475 },
  '63307': { name: 'Romagnat', lat: 45.7297, lon: 3.1003 },
  '63308': { name: 'Royat', lat: 45.7658, lon: 3.0514 },
  '63345': { name: 'Saint-Genès-Champanelle', lat: 45.7222, lon: 3.0186 },
  '63300': { name: 'Riom', lat: 45.8939, lon: 3.1131 },
  // Province Sud (New Caledonia's codes run in alphabetical order: La Foa is 98813).
  '98818': { name: 'Nouméa', lat: -22.2758, lon: 166.458 },
  '98805': { name: 'Dumbéa', lat: -22.1505, lon: 166.4436 },
  '98817': { name: 'Le Mont-Dore', lat: -22.2644, lon: 166.5771 },
  '98821': { name: 'Païta', lat: -22.1326, lon: 166.3566 },
  '98802': { name: 'Bouloupari', lat: -21.8647, lon: 166.0519 },
  '98803': { name: 'Bourail', lat: -21.5667, lon: 165.4833 },
  '98806': { name: 'Farino', lat: -21.66, lon: 165.77 },
  '98809': { name: 'L’Île-des-Pins', lat: -22.6167, lon: 167.4833 },
  '98813': { name: 'La Foa', lat: -21.7089, lon: 165.8283 },
  '98816': { name: 'Moindou', lat: -21.6925, lon: 165.6778 },
  '98828': { name: 'Sarraméa', lat: -21.6383, lon: 165.8461 },
  '98829': { name: 'Thio', lat: -21.6128, lon: 166.2136 },
  '98832': { name: 'Yaté', lat: -22.1589, lon: 166.9461 },
  // Roubaix, for the onboarding example.
  '59512': { name: 'Roubaix', lat: 50.6942, lon: 3.1746 },
};

/** The reference entry of a commune, if Passerelle knows it. */
export function findCommune(code: string | null | undefined): CommuneReference | undefined {
  return code ? COMMUNES[code] : undefined;
}
