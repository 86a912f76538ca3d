import { JOB_FAMILIES, SLOTS } from '../mentoring/catalogue.ts';
import { SCHOOL_LEVEL_LABELS } from '../shared/levels.ts';

// French words for the codes the engine receives; an unknown code is shown as is.

const LANGUAGES: Record<string, string> = {
  fr: 'français',
  en: 'anglais',
  es: 'espagnol',
  de: 'allemand',
  it: 'italien',
  pt: 'portugais',
  ar: 'arabe',
  zh: 'chinois',
  vi: 'vietnamien',
  wls: 'wallisien',
  ty: 'tahitien',
};

const lookup = (table: Record<string, string>, code: string) =>
  Object.hasOwn(table, code) ? table[code]! : code;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const jobFamilyLabel = (code: string) => lookup(JOB_FAMILIES, code);
export const slotLabel = (code: string) => lowerFirst(lookup(SLOTS, code));
export const levelLabel = (code: string) => lookup(SCHOOL_LEVEL_LABELS, code);
export const languageLabel = (code: string) => lookup(LANGUAGES, code);

/** "mercredi après-midi, samedi matin et en soirée" */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** 12.5 → "12,5" */
export function frenchNumber(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded).replace('.', ',');
}

export const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);
