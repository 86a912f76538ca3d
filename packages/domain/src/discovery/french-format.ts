// Numbers the way a French reader expects them, without relying on the runtime's ICU data:
// "1 015" (narrow no-break space between thousands), "20,99", "1,5".

const THIN_SPACE = '\u202f';

/** 1015 → "1 015"; 20.987 → "20,99"; 1.5 → "1,5" (trailing zeros dropped unless `fixed`). */
export function frenchDecimal(value: number, decimals = 2, fixed = false): string {
  const negative = value < 0;
  const text = Math.abs(value).toFixed(decimals);
  let [whole, fraction = ''] = text.split('.');
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  whole = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE);
  return `${negative ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`;
}

/** "1 place", "21 places"; French treats 0 and 1 as singular. */
export const countOf = (count: number, one: string, many: string) =>
  `${frenchDecimal(count, 0)} ${Math.abs(count) >= 2 ? many : one}`;

/** "a, b et c" */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Day 0 of a week is shown as "jour 1". */
export const dayLabel = (dayIndex: number) => `jour ${dayIndex + 1}`;
