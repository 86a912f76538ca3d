import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Notice } from '../../components/notice.tsx';
import { conventionsApi } from '../api.ts';
import { schoolLevelLabels } from '../labels.ts';
import type { PartnerEventDetail } from '../types.ts';

type Props = { tenantSlug: string; event: PartnerEventDetail; onSaved: (message: string) => void };

/** Marks the action held: it then counts once towards the convention's commitment. */
export function AttendanceForm({ tenantSlug, event, onSaved }: Props) {
  // Most registered pupils come: start from "present" and untick the absent ones.
  const [present, setPresent] = useState<Set<string>>(() => new Set(event.registrations.map((r) => r.id)));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (id: string, checked: boolean) =>
    setPresent((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  const onSubmit = async (submitted: Event) => {
    submitted.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await conventionsApi.markHeld(
        tenantSlug,
        event.id,
        event.registrations.map((r) => ({ registrationId: r.id, attended: present.has(r.id) })),
      );
      onSaved(
        `L’action est marquée comme tenue, avec ${present.size} élève${present.size > 1 ? 's' : ''} présent·e${present.size > 1 ? 's' : ''}. Elle compte pour les engagements de la convention.`,
      );
    } catch (error) {
      setFailure((error as ApiError).message);
      requestAnimationFrame(() => document.getElementById('presence-erreur')?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" onSubmit={onSubmit} aria-labelledby="presence-titre">
      <h3 id="presence-titre">Marquer comme tenue</h3>
      {failure ? (
        <div id="presence-erreur" tabIndex={-1}>
          <Notice tone="error">{failure}</Notice>
        </div>
      ) : null}
      <fieldset>
        <legend>Élèves présent·es</legend>
        {event.registrations.map((registration) => {
          const id = `presence-${registration.id}`;
          return (
            <div class="checkbox" key={registration.id}>
              <input
                id={id}
                type="checkbox"
                checked={present.has(registration.id)}
                onChange={(e) => toggle(registration.id, e.currentTarget.checked)}
              />
              <label for={id}>
                {registration.firstName}{' '}
                <span class="muted">
                  ({schoolLevelLabels[registration.level] ?? registration.level}, {registration.school.name})
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" class="button" disabled={busy}>
        Marquer comme tenue
      </button>
    </form>
  );
}
