import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { formatDay } from '../../conventions/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import {
  closeOutcomeLabels,
  formatMinutes,
  meetingKindLabels,
  pairGroupLabels,
  schoolLevelLabels,
} from '../labels.ts';
import type { Meeting, PairStatus, PairView } from '../types.ts';
import { ClosePairDialog } from './close-pair-dialog.tsx';
import { pairTitle } from './proposal-card.tsx';
import type { SectionProps } from './section-props.ts';

const order: PairStatus[] = ['active', 'introduced', 'accepted', 'proposed', 'closed'];
const day = (value: string | null) => (value ? formatDay(value.slice(0, 10)) : '—');

/** Since when the pair is in its current state, in words. */
function since(pair: PairView): string {
  if (pair.status === 'closed') return `Clos le ${day(pair.closedAt)}`;
  if (pair.status === 'active') return `Actif depuis le ${day(pair.activatedAt)}`;
  if (pair.status === 'introduced' && pair.introducedAt)
    return `Première rencontre le ${day(pair.introducedAt)}`;
  if (pair.status === 'accepted' || pair.status === 'introduced') return `Accepté le ${day(pair.acceptedAt)}`;
  return `Proposé le ${day(pair.proposedAt)}`;
}

/** The meetings of one pair, loaded when asked: the coordination sees the mentors' notes. */
function Meetings({ tenantSlug, pair }: { tenantSlug: string; pair: PairView }) {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Meeting[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const panelId = `rencontres-${pair.id}`;
  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (!next || items) return;
    try {
      setItems((await mentoringApi.meetings(tenantSlug, pair.id)).items);
    } catch (error) {
      setFailure((error as ApiError).message);
    }
  };
  return (
    <>
      {pair.meetings !== undefined ? (
        <span class="block">
          {pair.meetings} rencontre{pair.meetings > 1 ? 's' : ''}
        </span>
      ) : null}
      <button
        type="button"
        class="link-button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={panelId}
        onClick={toggle}
      >
        {open ? 'Masquer les rencontres' : 'Voir les rencontres'}
        <span class="visually-hidden"> : {pairTitle(pair)}</span>
      </button>
      <div id={panelId} hidden={!open}>
        {failure ? <p class="field-error">{failure}</p> : null}
        {open && !items && !failure ? <Loading /> : null}
        {items && !items.length ? <p>Aucune rencontre notée.</p> : null}
        {items?.length ? (
          <ul class="meetings">
            {items.map((m) => (
              <li key={m.id}>
                {day(m.date)}, {formatMinutes(m.durationMinutes)}, {meetingKindLabels[m.kind] ?? m.kind}
                {m.note ? <span class="block muted">Note : {m.note}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}

function PairTable({
  tenantSlug,
  status,
  pairs,
  onClose,
}: {
  tenantSlug: string;
  status: PairStatus;
  pairs: PairView[];
  onClose: (pair: PairView) => void;
}) {
  return (
    <div class="table-wrap">
      <table>
        {/* The section's heading says it on screen; the caption names the table for screen readers. */}
        <caption class="visually-hidden">
          {pairGroupLabels[status]} : {pairs.length} binôme{pairs.length > 1 ? 's' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Binôme</th>
            <th scope="col">Jeune</th>
            <th scope="col" class="numeric">
              Score
            </th>
            <th scope="col">Suivi</th>
            <th scope="col">Rencontres</th>
            {status !== 'closed' ? (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={pair.id}>
              <th scope="row">
                {pair.mentor.name}
                <span class="block">
                  {pair.mentor.jobTitle}, {pair.mentor.organizationName}
                </span>
              </th>
              <td>
                {pair.youngPerson.firstName}
                <span class="block">
                  {schoolLevelLabels[pair.youngPerson.level] ?? pair.youngPerson.level},{' '}
                  {pair.youngPerson.schoolName}
                </span>
              </td>
              <td class="numeric">{Math.round(pair.score)}&nbsp;/&nbsp;100</td>
              <td>
                {since(pair)}
                {pair.status === 'closed' && pair.closeOutcome ? (
                  <span class="block">
                    {closeOutcomeLabels[pair.closeOutcome]}
                    {pair.closeReason ? ` : ${pair.closeReason}` : ''}
                  </span>
                ) : null}
              </td>
              <td>
                {pair.status === 'proposed' ? (
                  <span class="muted">Pas encore</span>
                ) : (
                  <Meetings tenantSlug={tenantSlug} pair={pair} />
                )}
              </td>
              {status !== 'closed' ? (
                <td>
                  <button
                    type="button"
                    id={`clore-${pair.id}`}
                    class="button button--secondary button--small"
                    onClick={() => onClose(pair)}
                  >
                    Clore<span class="visually-hidden"> le binôme {pairTitle(pair)}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every pair of the program, grouped by where it stands, with a way to close it. */
export function PairsSection({ tenantSlug, program, onChanged }: SectionProps) {
  const list = useAsync(() => mentoringApi.pairs(tenantSlug, program.id), [tenantSlug, program.id]);
  const [closing, setClosing] = useState<PairView | null>(null);
  const flash = useFlash();
  const pairs = list.data?.items ?? [];

  return (
    <>
      <h2>Binômes</h2>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !pairs.length ? <p>Aucun binôme pour le moment : lancez d’abord l’appariement.</p> : null}
      {order.map((status) => {
        const group = pairs.filter((p) => p.status === status);
        if (!group.length) return null;
        return (
          <section key={status} aria-labelledby={`binomes-${status}`}>
            <h3 id={`binomes-${status}`}>
              {pairGroupLabels[status]} ({group.length})
            </h3>
            <PairTable tenantSlug={tenantSlug} status={status} pairs={group} onClose={setClosing} />
          </section>
        );
      })}
      {closing ? (
        <ClosePairDialog
          tenantSlug={tenantSlug}
          pair={closing}
          onCancel={() => setClosing(null)}
          onClosed={(pair) => {
            setClosing(null);
            list.reload();
            onChanged?.();
            flash.announce({ tone: 'success', text: `Le binôme ${pairTitle(pair)} est clos.` });
          }}
        />
      ) : null}
    </>
  );
}
