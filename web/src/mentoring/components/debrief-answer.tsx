import { extraAnswerText } from '../../components/extra-question-fields.tsx';
import { formatDay } from '../../conventions/labels.ts';
import { satisfactionLabels, usefulnessLabels } from '../labels.ts';
import type { DebriefAnswer } from '../types.ts';

const day = (iso: string) => formatDay(iso.slice(0, 10));

/** One side's answer, written out: the note and its words, never a number alone. */
export function DebriefAnswerFacts({ answer }: { answer: DebriefAnswer }) {
  return (
    <dl class="facts debrief-answer">
      <div>
        <dt>Satisfaction</dt>
        <dd>
          {answer.satisfaction} / 5 — {satisfactionLabels[String(answer.satisfaction)]}
        </dd>
      </div>
      <div>
        <dt>Utilité des rencontres</dt>
        <dd>
          {answer.usefulness} / 5 — {usefulnessLabels[String(answer.usefulness)]}
        </dd>
      </div>
      <div>
        <dt>Souhaite continuer</dt>
        <dd>{answer.wouldContinue ? 'Oui' : 'Non'}</dd>
      </div>
      {answer.comment ? (
        <div>
          <dt>Commentaire</dt>
          <dd class="debrief-answer__comment">{answer.comment}</dd>
        </div>
      ) : null}
      {(answer.extraAnswers ?? []).map((a) => (
        <div key={a.label}>
          <dt>{a.label}</dt>
          <dd class={a.kind === 'text' ? 'debrief-answer__comment' : undefined}>{extraAnswerText(a)}</dd>
        </div>
      ))}
      <div>
        <dt>Répondu le</dt>
        <dd>{day(answer.submittedAt)}</dd>
      </div>
    </dl>
  );
}

/** The same in a table cell: short, with the comment below when there is one. */
export function DebriefAnswerCell({ answer, missing }: { answer: DebriefAnswer | null; missing: string }) {
  if (!answer) return <span class="muted">{missing}</span>;
  return (
    <>
      <span class="block">Satisfaction : {answer.satisfaction} / 5</span>
      <span class="block">Utilité : {answer.usefulness} / 5</span>
      <span class="block">Continuer : {answer.wouldContinue ? 'oui' : 'non'}</span>
      {answer.comment ? <span class="block muted debrief-answer__comment">« {answer.comment} »</span> : null}
      {(answer.extraAnswers ?? []).map((a) => (
        <span class="block" key={a.label}>
          {a.label} : {a.kind === 'text' ? `« ${extraAnswerText(a)} »` : extraAnswerText(a)}
        </span>
      ))}
      <span class="block muted">Le {day(answer.submittedAt)}</span>
    </>
  );
}
