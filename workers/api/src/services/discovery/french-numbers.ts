// The domain's French number helpers are internal to its discovery module (not exported); these
// two small ones cover what the API writes: counts in sentences and one-decimal figures.

/** "1 place", "8 places": French treats 0 and 1 as singular. */
export const countOf = (count: number, one: string, many: string) =>
  `${count} ${Math.abs(count) >= 2 ? many : one}`;

/** 4.25 → "4,3" with one decimal; 38 → "38". */
export function frenchDecimal(value: number, decimals = 1): string {
  return String(Math.round(value * 10 ** decimals) / 10 ** decimals).replace('.', ',');
}
