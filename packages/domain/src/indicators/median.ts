/**
 * The median of the tenants' figures for one cell. Hidden cells (null) are left out rather than
 * counted as zero: a tenant under the threshold says nothing about the national middle.
 */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!known.length) return null;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
