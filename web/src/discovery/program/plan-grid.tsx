import { dateOf, weekGroups } from '../components/plan-days.ts';
import { dayKindLabels, formatDay, formatShortDay, weekTitle } from '../labels.ts';
import type { PlanDay, PlanHostDay, PlanWeek } from '../types.ts';
import type { MoveTarget } from './move-dialog.tsx';

type Cell = { host: PlanHostDay['host']; tutors: PlanHostDay['tutors'] } | null;

function cellOf(day: PlanDay, groupId: string): Cell {
  const found = day.hosts.find((h) => h.groups.some((g) => g.id === groupId));
  return found ? { host: found.host, tutors: found.tutors } : null;
}

export const moveButtonId = (groupId: string, dayIndex: number) => `deplacer-${groupId}-${dayIndex}`;

type Props = { week: PlanWeek; onMove?: ((target: MoveTarget) => void) | undefined };

/** One week as a table: a row per group, a column per day, the host and tutor in each cell. */
export function PlanGrid({ week, onMove }: Props) {
  const groups = weekGroups(week);
  const days = [...week.days].sort((a, b) => a.dayIndex - b.dayIndex);
  return (
    <div class="table-wrap table-wrap--contained">
      <table class="plan-grid">
        {/* The week's heading is just above: the caption is for screen readers' table lists. */}
        <caption class="visually-hidden">
          {weekTitle(week.startDate)} : accueillant et tuteur de chaque groupe, jour par jour
          {week.closedAt ? ' (semaine close)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Groupe</th>
            {days.map((day) => (
              <th scope="col" key={day.dayIndex}>
                <span aria-hidden="true">{formatShortDay(dateOf(week, day))}</span>
                <span class="visually-hidden">{formatDay(dateOf(week, day))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">Groupe {group.number}</th>
              {days.map((day) => {
                if (day.kind !== 'service') {
                  return (
                    <td key={day.dayIndex} class="plan-grid__common">
                      {dayKindLabels[day.kind] ?? day.kind}
                    </td>
                  );
                }
                const cell = cellOf(day, group.id);
                const date = dateOf(week, day);
                return (
                  <td key={day.dayIndex}>
                    {cell ? (
                      <>
                        <strong class="block">{cell.host.name}</strong>
                        <span class="block muted">
                          {cell.tutors.length
                            ? `Avec ${cell.tutors.map((t) => t.name).join(', ')}`
                            : 'Tuteur à désigner'}
                        </span>
                      </>
                    ) : (
                      <span class="muted">Aucun accueillant</span>
                    )}
                    {onMove && !week.closedAt ? (
                      <button
                        type="button"
                        id={moveButtonId(group.id, day.dayIndex)}
                        class="link-button plan-grid__move"
                        onClick={() =>
                          onMove({
                            groupId: group.id,
                            groupNumber: group.number,
                            dayIndex: day.dayIndex,
                            date,
                            currentHostId: cell?.host.id ?? null,
                            returnTo: moveButtonId(group.id, day.dayIndex),
                          })
                        }
                      >
                        Déplacer
                        <span class="visually-hidden">
                          {' '}
                          le groupe {group.number}, {formatDay(date)}
                        </span>
                      </button>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
