import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import type { FieldErrors } from '../../lib/use-form.ts';
import { consumeFocusRequest, navigate, useLocation } from '../../router.tsx';
import { NotFound } from '../../screens/not-found.tsx';
import { ServiceError } from '../../screens/service-error.tsx';
import { publicApi } from '../api.ts';
import { TenantBanner } from '../tenant-banner.tsx';
import type { Engagement, Establishment } from '../types.ts';
import { CompanyStep, lookupErrors } from './company-step.tsx';
import { EngagementSent, type Sent } from './engagement-sent.tsx';
import { EngagementStepper } from './engagement-stepper.tsx';
import { CommitmentsStep, PeopleStep, ProgramStep } from './engagement-steps.tsx';
import {
  checkStep,
  closedError,
  confirmedEstablishment,
  errorsOfStep,
  fieldLabels,
  firstIncompleteStep,
  fromServerFields,
  initialValues,
  localToday,
  normalizeSiret,
  reviewStep,
  selectedProgram,
  siretFormatError,
  stepOfField,
  steps,
  toInput,
  type Values,
  withoutStep,
} from './engagement-values.ts';
import { ReviewStep } from './review-step.tsx';
import { StepFrame } from './step-frame.tsx';

function EngagementPath({ slug, engagement }: { slug: string; engagement: Engagement }) {
  const { path, query } = useLocation();
  const { programs, tenant } = engagement;
  const [values, setValues] = useState<Values>(() => ({
    ...initialValues,
    templateId: programs.length === 1 ? programs[0]!.templateId : '',
  }));
  const [establishment, setEstablishment] = useState<Establishment | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const today = useMemo(() => localToday(), []);

  const context = { programs, establishment, today };
  const program = selectedProgram(values, programs);
  const found = confirmedEstablishment(values, establishment);
  const reachable = firstIncompleteStep(values, context);
  const requested = Math.max(0, Math.trunc(Number(query.get('etape') ?? '1')) - 1) || 0;
  // A later step is shown only once the ones before it are complete (after a reload, say).
  const step = Math.min(requested, reachable);
  const hrefFor = (target: number) => (target === 0 ? path : `${path}?etape=${target + 1}`);
  const stepErrors = errorsOfStep(errors, step);
  const labels = fieldLabels(program);

  useEffect(() => {
    if (!sent && requested !== step) navigate(hrefFor(step), { replace: true });
  }, [requested, step, sent]);

  // A new step is announced from its heading, or from its error summary when it has errors.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    consumeFocusRequest();
    if (Object.keys(stepErrors).length || message) summaryRef.current?.focus();
    else headingRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const set = (field: string) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  const fail = (fields: FieldErrors, formMessage: string | null = null) => {
    setErrors((previous) => ({ ...withoutStep(previous, step), ...fields }));
    setMessage(formMessage);
    setFailures((n) => n + 1);
  };

  const next = () => {
    const found = checkStep(step, values, context);
    if (Object.keys(found).length) return fail(found);
    setErrors((previous) => withoutStep(previous, step));
    setMessage(null);
    navigate(hrefFor(step + 1));
  };

  const lookUp = async () => {
    const siret = normalizeSiret(values.siret ?? '');
    if (!/^\d{14}$/.test(siret)) return fail({ siret: siretFormatError });
    setBusy(true);
    try {
      const answer = await publicApi.establishment(slug, siret);
      setEstablishment(answer);
      if (answer.active) {
        setErrors((previous) => withoutStep(previous, step));
        setMessage(null);
      } else {
        fail({ siret: closedError });
      }
    } catch (error) {
      setEstablishment(null);
      const { fields, message: formMessage } = lookupErrors(error as ApiError);
      fail(fields, formMessage);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!program || !found) return;
    const input = toInput(values, program);
    setBusy(true);
    try {
      const created = await publicApi.engage(slug, input);
      setSent({ input, message: created.message });
      setErrors({});
      setMessage(null);
      navigate(path, { replace: true });
    } catch (caught) {
      const error = caught as ApiError;
      const fields = fromServerFields(
        error.fields,
        input.commitments.map((c) => c.type),
      );
      const fieldSteps = Object.keys(fields).map(stepOfField);
      setErrors(fields);
      setMessage(fieldSteps.length && error.code === 'VALIDATION' ? null : error.message);
      setFailures((n) => n + 1);
      // Sent back to the first step with an error; every value typed is still there.
      const target = fieldSteps.length ? Math.min(...fieldSteps) : step;
      if (target !== step) navigate(hrefFor(target));
    } finally {
      setBusy(false);
    }
  };

  const title = `S’engager aux côtés de ${tenant.name}`;
  if (sent) return <EngagementSent tenant={tenant} title={title} sent={sent} />;

  const onSubmit = step === 1 && !found?.active ? lookUp : step === reviewStep ? send : next;
  const submitLabel =
    step === reviewStep
      ? 'Envoyer la convention pour signature'
      : step === 1 && !found?.active
        ? 'Rechercher l’établissement'
        : step === 1
          ? 'Oui, c’est ma structure : continuer'
          : 'Continuer';

  return (
    <>
      <TenantBanner tenant={tenant} />
      <PageHeading title={`${steps[step]!.title} — ${title}`}>{title}</PageHeading>
      <p class="lead">
        Entreprises et associations : engagez-vous pour le mentorat et la découverte des métiers auprès des
        jeunes. La convention de partenariat vous est ensuite envoyée pour une signature en ligne.
      </p>
      {programs.length === 0 ? (
        <Notice tone="info">
          Aucun programme n’est ouvert aux engagements en ligne pour le moment. Pour proposer votre aide,
          contactez directement {tenant.name}.
        </Notice>
      ) : (
        <div class="engagement">
          <EngagementStepper current={step} reachable={reachable} hrefFor={hrefFor} />
          <StepFrame
            step={step}
            headingRef={headingRef}
            summaryRef={summaryRef}
            errors={stepErrors}
            message={message}
            labels={labels}
            submitLabel={submitLabel}
            busy={busy}
            backHref={step > 0 ? hrefFor(step - 1) : null}
            onSubmit={onSubmit}
          >
            {step === 0 ? (
              <ProgramStep
                values={values}
                errors={stepErrors}
                labels={labels}
                set={set}
                programs={programs}
              />
            ) : null}
            {step === 1 ? (
              <CompanyStep
                label={labels.siret!}
                value={values.siret ?? ''}
                onValue={set('siret')}
                error={stepErrors.siret}
                establishment={found}
              />
            ) : null}
            {step === 2 ? <PeopleStep values={values} errors={stepErrors} labels={labels} set={set} /> : null}
            {step === 3 && program ? (
              <CommitmentsStep
                values={values}
                errors={stepErrors}
                labels={labels}
                set={set}
                program={program}
                today={today}
              />
            ) : null}
            {step === reviewStep && program && found ? (
              <ReviewStep
                values={values}
                program={program}
                establishment={found}
                tenantName={tenant.name}
                hrefFor={hrefFor}
              />
            ) : null}
          </StepFrame>
        </div>
      )}
    </>
  );
}

export default function EngagementScreen({ tenant }: { tenant: string }) {
  const engagement = useAsync(() => publicApi.engagement(tenant), [tenant]);
  if (engagement.status === 'error') {
    return engagement.error.status === 404 ? <NotFound /> : <ServiceError error={engagement.error} />;
  }
  if (!engagement.data) return <Loading />;
  return <EngagementPath slug={tenant} engagement={engagement.data} />;
}
