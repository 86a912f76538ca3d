import { useEffect, useRef, useState } from 'preact/hooks';
import { authErrorMessage, requestMagicLink, safeReturnPath } from '../api/auth.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { TextField } from '../components/field.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { homePath, useSession } from '../lib/session.tsx';
import { useForm } from '../lib/use-form.ts';
import { Link, useLocation } from '../router.tsx';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): Record<string, string> {
  if (!email.trim()) return { email: 'Saisissez votre adresse électronique.' };
  if (!emailPattern.test(email.trim())) {
    return { email: 'Saisissez une adresse électronique valide, par exemple prenom.nom@ville.fr.' };
  }
  return {};
}

export function SignIn() {
  const { query } = useLocation();
  const session = useSession();
  const form = useForm({ email: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const linkError = authErrorMessage(query.get('error'));
  // Auth.js lands here with ?envoye=1 when it answered with a redirect instead of JSON.
  const sentByRedirect = query.get('envoye') === '1';
  const me = session.status === 'ready' ? session.data : null;
  const myHome = me ? homePath(me) : null;

  useEffect(() => {
    if (sentTo) sentRef.current?.focus();
  }, [sentTo]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const email = form.values.email.trim();
    const callbackUrl = location.origin + safeReturnPath(query.get('retour'));
    return form.submit(
      () => checkEmail(email),
      async () => {
        await requestMagicLink({ email, callbackUrl });
        setSentTo(email);
      },
    );
  };

  return (
    <div class="narrow">
      <PageHeading title="Connexion" />
      <p class="lead">
        Passerelle réunit les collectivités, leurs partenaires et les établissements scolaires autour du
        mentorat et des stages de découverte.
      </p>
      {me ? (
        <Notice tone="info">
          Vous êtes déjà connecté·e en tant que {me.identity.email}.{' '}
          {myHome ? <Link href={myHome}>Aller à mon espace</Link> : null}
        </Notice>
      ) : null}
      {linkError && !sentTo ? <Notice tone="error">{linkError}</Notice> : null}
      {sentByRedirect && !sentTo ? (
        <Notice tone="success">
          Si votre adresse a été invitée, un lien de connexion vous a été envoyé. Ouvrez le courriel reçu pour
          vous connecter.
        </Notice>
      ) : null}
      {sentTo ? (
        <Notice tone="success" noticeRef={sentRef}>
          <p>
            <strong>
              Si {sentTo} a été invitée sur Passerelle, un lien de connexion vient d’y être envoyé.
            </strong>
          </p>
          <p>
            Ouvrez ce courriel et suivez le lien pour vous connecter : il est valable 15 minutes et ne sert
            qu’une fois. Rien reçu ? Vérifiez l’adresse ou demandez une invitation à votre coordination.
          </p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => setSentTo(null)}>
              Utiliser une autre adresse
            </button>
          </p>
        </Notice>
      ) : (
        <form onSubmit={onSubmit} noValidate class="card">
          <ErrorSummary
            summaryRef={form.summaryRef}
            errors={form.errors}
            message={form.message}
            labels={{ email: 'Adresse électronique' }}
            idFor={(field) => `connexion-${field}`}
          />
          <p>Nous vous envoyons un lien de connexion par courriel : pas de mot de passe à retenir.</p>
          <TextField
            id="connexion-email"
            label="Adresse électronique"
            hint="Par exemple : prenom.nom@ville.fr"
            type="email"
            autoComplete="email"
            spellcheck={false}
            required
            value={form.values.email}
            onValue={form.set('email')}
            error={form.errors.email}
          />
          <button type="submit" class="button" disabled={form.submitting}>
            Recevoir un lien de connexion
          </button>
        </form>
      )}
    </div>
  );
}
