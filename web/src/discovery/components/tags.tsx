import { authorisationLabels } from '../labels.ts';
import type { Authorisation } from '../types.ts';

/** The guardian's answer in words; the colour only repeats it. */
export function AuthorisationTag({ value }: { value: Authorisation }) {
  return <span class={`tag tag--auth-${value}`}>{authorisationLabels[value] ?? value}</span>;
}
