import type { Program } from '../types.ts';

/** What every tab of the program dashboard receives. */
export type SectionProps = {
  tenantSlug: string;
  program: Program;
  /** Called after a change that moves the program's counts. */
  onChanged?: () => void;
};
