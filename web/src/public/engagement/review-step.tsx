import type { ComponentChildren } from 'preact';
import { Link } from '../../router.tsx';
import { describeCommitment, formatDay, formatDuration } from '../labels.ts';
import type { EngagementProgram, Establishment } from '../types.ts';
import { quantityText, steps, type Values } from './engagement-values.ts';

type Props = {
  values: Values;
  program: EngagementProgram;
  establishment: Establishment;
  tenantName: string;
  hrefFor: (step: number) => string;
};

function Section(props: {
  step: number;
  what: string;
  hrefFor: (step: number) => string;
  children: ComponentChildren;
}) {
  return (
    <section class="review" aria-labelledby={`recapitulatif-${props.step}`}>
      <div class="review__head">
        <h3 id={`recapitulatif-${props.step}`}>{steps[props.step]!.title}</h3>
        <Link href={props.hrefFor(props.step)}>
          Modifier<span class="visually-hidden"> {props.what}</span>
        </Link>
      </div>
      {props.children}
    </section>
  );
}

/** Everything that will go into the convention, each part with a way back to change it. */
export function ReviewStep({ values, program, establishment, tenantName, hrefFor }: Props) {
  const v = (field: string) => (values[field] ?? '').trim();
  const promised = program.commitmentTypes.filter((type) => Number(quantityText(values, type)) > 0);
  return (
    <>
      <p>Relisez ces informations : elles figureront dans la convention.</p>
      <Section step={0} what="le programme" hrefFor={hrefFor}>
        <p>
          {program.name} — convention de {formatDuration(program.durationMonths)}
        </p>
      </Section>
      <Section step={1} what="la structure" hrefFor={hrefFor}>
        <p>
          <strong>{establishment.name}</strong>
          <br />
          {establishment.address}
          <br />
          SIRET {establishment.siret}
        </p>
      </Section>
      <Section step={2} what="le ou la signataire et le ou la référente" hrefFor={hrefFor}>
        <dl class="summary-list">
          <div>
            <dt>Signataire</dt>
            <dd>
              {v('signatory.name')}, {v('signatory.title')}
              <br />
              {v('signatory.email')}
            </dd>
          </div>
          <div>
            <dt>Référent·e</dt>
            <dd>
              {v('referent.name')}
              <br />
              {v('referent.email')}
            </dd>
          </div>
        </dl>
      </Section>
      <Section step={3} what="les engagements" hrefFor={hrefFor}>
        <ul>
          {promised.map((type) => (
            <li key={type}>{describeCommitment(type, Number(quantityText(values, type)))}</li>
          ))}
        </ul>
        <p>À partir du {formatDay(v('startDate'))}.</p>
      </Section>
      <div class="notice">
        <p>En envoyant :</p>
        <ul>
          <li>
            {establishment.name} rejoint l’annuaire des partenaires de {tenantName} ;
          </li>
          <li>
            {v('signatory.name')} reçoit la convention à signer à l’adresse {v('signatory.email')} ;
          </li>
          <li>{v('referent.name')} reçoit une invitation à Passerelle pour suivre le partenariat.</li>
        </ul>
      </div>
    </>
  );
}
