import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Notice } from '../../components/notice.tsx';
import { Link } from '../../router.tsx';
import { discoveryApi } from '../api.ts';
import { ofName } from '../labels.ts';
import type { PlanGroup } from '../types.ts';

type Props = {
  tenantSlug: string;
  programId: string;
  dayIndex: number;
  /** "mardi 3 mars 2026", said in each legend. */
  dayText: string;
  groups: PlanGroup[];
  bookletHref: (studentId: string) => string;
  idPrefix: string;
};

/** The tutor ticks who came, group by group, and saves the day's attendance at once. */
export function AttendanceForm({
  tenantSlug,
  programId,
  dayIndex,
  dayText,
  groups,
  bookletHref,
  idPrefix,
}: Props) {
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(groups.flatMap((g) => (g.students ?? []).map((s) => [s.id, s.present === true]))),
  );
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setSaved(null);
    try {
      const records = Object.entries(present).map(([studentId, here]) => ({ studentId, present: here }));
      await discoveryApi.recordAttendance(tenantSlug, programId, { dayIndex, records });
      const count = records.filter((r) => r.present).length;
      setSaved(`Enregistré : ${count} présent${count > 1 ? 's' : ''} sur ${records.length}.`);
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={save} class="attendance">
      {groups.map((group) => (
        <fieldset key={group.id} class="choices">
          <legend>
            Groupe {group.number} : présences du {dayText}
          </legend>
          <p class="hint">Cochez les élèves présents.</p>
          <ul class="attendance__list">
            {(group.students ?? []).map((student) => {
              const id = `${idPrefix}-${student.id}`;
              return (
                <li key={student.id}>
                  <div class="checkbox">
                    <input
                      id={id}
                      type="checkbox"
                      checked={present[student.id] ?? false}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        setSaved(null);
                        setPresent((previous) => ({ ...previous, [student.id]: checked }));
                      }}
                    />
                    <label for={id}>
                      {student.firstName} <span class="muted">({student.schoolName})</span>
                    </label>
                  </div>
                  <Link href={bookletHref(student.id)} class="attendance__booklet">
                    Livret<span class="visually-hidden"> {ofName(student.firstName)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div class="actions actions--tight">
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          Enregistrer les présences<span class="visually-hidden"> du {dayText}</span>
        </button>
        <span role="status" class="saved-status">
          {saved ? (
            <>
              <span aria-hidden="true">✓ </span>
              {saved}
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
