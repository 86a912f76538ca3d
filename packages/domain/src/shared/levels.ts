/** School levels the programs address, from collège to lycée professionnel. */
export const SCHOOL_LEVELS = ['6e', '5e', '4e', '3e', '2nde', '1re', 'terminale', 'cap', 'bac_pro'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, string> = {
  '6e': '6e',
  '5e': '5e',
  '4e': '4e',
  '3e': '3e',
  '2nde': 'Seconde',
  '1re': 'Première',
  terminale: 'Terminale',
  cap: 'CAP',
  bac_pro: 'Bac professionnel',
};
