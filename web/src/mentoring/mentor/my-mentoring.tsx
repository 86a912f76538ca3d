import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { formatDay } from '../../conventions/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import { HoursValue } from '../components/hours-value.tsx';
import { PairStatusTag } from '../components/tags.tsx';
import { formatMinutes, jobFamilyLabels, listLabels, schoolLevelLabels } from '../labels.ts';
import type { MyMentoring, MyMentorProfile, MyPair } from '../types.ts';
import { Charter } from './charter.tsx';
import { DebriefSection } from './debrief-form.tsx';
import { IntroduceForm } from './introduce-form.tsx';
import { MeetingForm } from './meeting-form.tsx';

type Announce = (text: string, tone?: 'success' | 'error') => void;

function PairActions({ tenantSlug, pair, done }: { tenantSlug: string; pair: MyPair; done: Announce }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const accept = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await mentoringApi.accept(tenantSlug, pair.id);
      done(`Vous accompagnez désormais ${pair.mentee.firstName}. Fixez maintenant votre première rencontre.`);
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  if (pair.status === 'proposed') {
    return (
      <div class="status-actions">
        <p>
          La coordination vous propose d’accompagner {pair.mentee.firstName}. Si ce binôme ne vous convient
          pas, répondez au courriel de la coordination plutôt que de l’accepter.
        </p>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={accept}>
          Accepter d’accompagner {pair.mentee.firstName}
        </button>
      </div>
    );
  }
  if (pair.status === 'accepted') {
    return (
      <IntroduceForm
        tenantSlug={tenantSlug}
        pair={pair}
        onSaved={(date) =>
          done(`Première rencontre avec ${pair.mentee.firstName} fixée au ${formatDay(date)}.`)
        }
      />
    );
  }
  if (pair.status === 'introduced' || pair.status === 'active') {
    return (
      <MeetingForm
        tenantSlug={tenantSlug}
        pair={pair}
        onLogged={(date) => done(`Rencontre du ${formatDay(date)} avec ${pair.mentee.firstName} notée.`)}
      />
    );
  }
  return <p>Ce binôme est clos. Merci pour votre engagement.</p>;
}

function PairCard({ tenantSlug, pair, done }: { tenantSlug: string; pair: MyPair; done: Announce }) {
  const { mentee } = pair;
  const headingId = `binome-${pair.id}`;
  return (
    <section class="pair-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {mentee.firstName}, {schoolLevelLabels[mentee.level] ?? mentee.level}
      </h2>
      <p>
        <PairStatusTag status={pair.status} /> <span class="muted">{pair.programName}</span>
      </p>
      <dl class="facts facts--grid">
        <div>
          <dt>Établissement</dt>
          <dd>{mentee.schoolName}</dd>
        </div>
        <div>
          <dt>Centres d’intérêt</dt>
          <dd>{listLabels(jobFamilyLabels, mentee.interests)}</dd>
        </div>
        <div>
          <dt>Rencontres notées</dt>
          <dd>
            {pair.meetings}
            {pair.lastMeeting ? `, la dernière le ${formatDay(pair.lastMeeting.slice(0, 10))}` : ''}
          </dd>
        </div>
      </dl>
      <PairActions tenantSlug={tenantSlug} pair={pair} done={done} />
      <DebriefSection tenantSlug={tenantSlug} pair={pair} done={done} />
    </section>
  );
}

function Hours({ hours }: { hours: MyMentoring['hours'] }) {
  if (!hours || hours.allowanceHours <= 0) return null;
  const left = Math.max(0, hours.allowanceHours * 60 - hours.usedMinutes);
  return (
    <section aria-labelledby="heures-titre">
      <h2 id="heures-titre">Vos heures sur le temps de travail</h2>
      <p>
        <strong>{formatMinutes(hours.usedMinutes)}</strong> utilisées sur une enveloppe de{' '}
        <strong>{hours.allowanceHours} h</strong> cette année : il reste {formatMinutes(left)}.
      </p>
      <p>
        <HoursValue allowanceHours={hours.allowanceHours} usedMinutes={hours.usedMinutes} />
      </p>
    </section>
  );
}

function MyMentoringScreen({ tenant }: { tenant: Tenant }) {
  const me = useAsync(() => mentoringApi.me(tenant.slug), [tenant.slug]);
  const data = me.data;
  // The server names each profile's program; the contract does not promise it, so ask if missing.
  const needNames = Boolean(data?.mentors.some((m) => !m.programName));
  const programs = useAsync(
    () => (needNames ? mentoringApi.programs(tenant.slug) : Promise.resolve(null)),
    [tenant.slug, needNames],
  );
  const flash = useFlash();
  const programName = (profile: MyMentorProfile) =>
    profile.programName ??
    programs.data?.items.find((p) => p.id === profile.programId)?.name ??
    'programme de mentorat';
  const unsigned = data?.mentors.filter((m) => !m.charterSignedAt) ?? [];
  const done: Announce = (text, tone = 'success') => {
    me.reload();
    flash.announce({ tone, text });
  };

  return (
    <>
      <PageHeading title="Mon mentorat" />
      <p class="lead">
        Les jeunes que vous accompagnez et vos rencontres. La coordination du programme reste votre
        interlocutrice pour toute question.
      </p>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {me.status === 'error' ? <Notice tone="error">{me.error.message}</Notice> : null}
      {me.status === 'loading' && !data ? <Loading /> : null}
      {data ? (
        <>
          {unsigned.map((mentor) => (
            <Charter
              key={mentor.id}
              tenantSlug={tenant.slug}
              mentor={mentor}
              programName={programName(mentor)}
              onSigned={() => done('Merci : la charte du mentor est acceptée.')}
            />
          ))}
          {data.pairs.length ? (
            data.pairs.map((pair) => (
              <PairCard key={pair.id} tenantSlug={tenant.slug} pair={pair} done={done} />
            ))
          ) : (
            <p>
              Aucun jeune ne vous est encore proposé. La coordination vous écrit dès qu’un binôme est prêt.
            </p>
          )}
          <Hours hours={data.hours} />
        </>
      ) : null}
    </>
  );
}

export default function MyMentoringPage() {
  return <RoleGate roles={['mentor']}>{(tenant) => <MyMentoringScreen tenant={tenant} />}</RoleGate>;
}
