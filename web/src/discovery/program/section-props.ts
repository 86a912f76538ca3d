import type { Program } from '../types.ts';

export type SectionProps = {
  tenantSlug: string;
  program: Program;
  /** The program changed (a week closed): its facts above are loaded again. */
  onChanged?: () => void;
};
