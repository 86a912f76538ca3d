/**
 * Commune centroids (INSEE code → degrees) for the distance criterion of matching. A short list
 * covering the demo territories; an unknown commune scores a neutral distance and says so.
 * Production loads the full INSEE table the same way (a module of constants, no I/O).
 */
export const COMMUNE_COORDINATES: Record<string, { lat: number; lon: number }> = {
  '75056': { lat: 48.8566, lon: 2.3522 }, // Paris
  '92073': { lat: 48.8712, lon: 2.2251 }, // Suresnes
  '92050': { lat: 48.8924, lon: 2.2071 }, // Nanterre
  '92062': { lat: 48.8846, lon: 2.2384 }, // Puteaux
  '92063': { lat: 48.8778, lon: 2.1803 }, // Rueil-Malmaison
  '92026': { lat: 48.8973, lon: 2.2566 }, // Courbevoie
  '92012': { lat: 48.8353, lon: 2.2412 }, // Boulogne-Billancourt
  '63113': { lat: 45.7772, lon: 3.087 }, // Clermont-Ferrand
  '63075': { lat: 45.7737, lon: 3.0668 }, // Chamalières
  '63014': { lat: 45.7508, lon: 3.1114 }, // Aubière
  '63124': { lat: 45.7354, lon: 3.1961 }, // Cournon-d'Auvergne
  '63300': { lat: 45.8939, lon: 3.1131 }, // Riom
  '98818': { lat: -22.2758, lon: 166.458 }, // Nouméa
  '98805': { lat: -22.1505, lon: 166.4436 }, // Dumbéa
  '98817': { lat: -22.2644, lon: 166.5771 }, // Le Mont-Dore
  '98821': { lat: -22.1326, lon: 166.3566 }, // Païta
  '98803': { lat: -21.5667, lon: 165.4833 }, // Bourail
  '98809': { lat: -21.7089, lon: 165.8283 }, // La Foa
  '59512': { lat: 50.6942, lon: 3.1746 }, // Roubaix
};
