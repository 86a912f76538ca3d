/**
 * Merges each member's ranked job families into the group's (Borda count): a family first in a
 * list of k earns k points, second k − 1, and so on; ties go to the family more members named,
 * then to alphabetical order so the result never depends on the members' order.
 */
export function aggregateDiscoveryInterests(lists: readonly (readonly string[])[], keep = 5): string[] {
  const points = new Map<string, number>();
  const mentions = new Map<string, number>();
  const depth = Math.max(0, ...lists.map((l) => l.length));
  for (const list of lists) {
    const seen = new Set<string>();
    list.forEach((family, rank) => {
      if (seen.has(family)) return;
      seen.add(family);
      points.set(family, (points.get(family) ?? 0) + depth - rank);
      mentions.set(family, (mentions.get(family) ?? 0) + 1);
    });
  }
  return [...points.keys()]
    .sort(
      (a, b) =>
        points.get(b)! - points.get(a)! ||
        mentions.get(b)! - mentions.get(a)! ||
        (a < b ? -1 : a > b ? 1 : 0),
    )
    .slice(0, keep);
}
