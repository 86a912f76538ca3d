/** A request to the app under test, by path: `app.request`, a Worker's `dispatchFetch`, or `fetch`. */
export type RequestPath = (path: string, init?: RequestInit) => Response | Promise<Response>;

/** The sign-in link in a magic-link mail. */
export const MAGIC_LINK = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/;

/**
 * Asks for a magic link as a browser would: the CSRF token and its cookie, then the e-mail form.
 * Answers the form's response and the CSRF cookie it was sent with.
 */
export async function askForMagicLink({
  request,
  email,
  origin,
  headers = {},
}: {
  request: RequestPath;
  email: string;
  origin: string;
  headers?: Record<string, string>;
}): Promise<{ response: Response; cookie: string }> {
  const csrf = await request('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await request('/api/auth/signin/email', {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'x-auth-return-redirect': '1',
      ...headers,
    },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${origin}/` }).toString(),
  });
  return { response, cookie };
}

/** Follows a magic link without following the redirect; answers the session cookie it set, if any. */
export async function followMagicLink({
  request,
  link,
}: {
  request: RequestPath;
  link: string;
}): Promise<{ response: Response; session: string | undefined }> {
  const url = new URL(link);
  const response = await request(`${url.pathname}${url.search}`, { redirect: 'manual' });
  const session = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('authjs.session-token='))
    ?.split(';')[0];
  return { response, session };
}
