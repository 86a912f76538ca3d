import type {
  ApiErrorBody,
  ApiErrorCode,
  Me,
  NationalTenant,
  OnboardTenantInput,
  Organization,
  OrganizationInput,
  OrganizationQuery,
  OutboxMail,
  Page,
  Tenant,
} from './types.ts';

/** `NETWORK` never comes from the server: the request did not get an answer at all. */
export type ClientErrorCode = ApiErrorCode | 'NETWORK';

const fallbackMessages: Record<number, string> = {
  401: 'Votre session a expiré. Reconnectez-vous.',
  403: 'Vous n’avez pas accès à cette action.',
  404: 'Ressource introuvable.',
  429: 'Trop de tentatives. Réessayez dans quelques minutes.',
};

const codeByStatus: Record<number, ApiErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'VALIDATION',
  429: 'RATE_LIMITED',
  503: 'TENANT_SCHEMA_BEHIND',
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly requestId: string | undefined;
  /** Field path (`siret`, `address.communeCode`) → French message. */
  readonly fields: Record<string, string>;

  constructor(init: {
    status: number;
    code: ClientErrorCode;
    message: string;
    requestId?: string | undefined;
    fields?: Record<string, string> | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fields = init.fields ?? {};
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    const { code, message, requestId, fields } = body.error;
    return new ApiError({ status: response.status, code, message, requestId, fields });
  }
  return new ApiError({
    status: response.status,
    code: codeByStatus[response.status] ?? 'INTERNAL',
    message: fallbackMessages[response.status] ?? 'Le service a rencontré une erreur. Réessayez plus tard.',
  });
}

export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      message: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

type RequestOptions = { method?: string; query?: Record<string, unknown>; body?: unknown };

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const response = await send(path + queryString(options.query), init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function queryString(query: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const tenantPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;

export const api = {
  me: () => request<Me>('/api/me'),
  outbox: () => request<{ items: OutboxMail[] }>('/api/dev/outbox'),

  nationalTenants: (query: { q?: string; page?: number; pageSize?: number }) =>
    request<Page<NationalTenant>>('/api/national/tenants', { query }),
  onboardTenant: (body: OnboardTenantInput) =>
    request<NationalTenant>('/api/national/tenants', { method: 'POST', body }),

  tenant: (slug: string) => request<Tenant>(tenantPath(slug)),
  organizations: (slug: string, query: OrganizationQuery) =>
    request<Page<Organization>>(`${tenantPath(slug)}/organizations`, { query }),
  createOrganization: (slug: string, body: OrganizationInput) =>
    request<Organization>(`${tenantPath(slug)}/organizations`, { method: 'POST', body }),
  updateOrganization: (slug: string, id: string, body: Partial<OrganizationInput>) =>
    request<Organization>(`${tenantPath(slug)}/organizations/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body,
    }),
  archiveOrganization: (slug: string, id: string) =>
    request<Organization>(`${tenantPath(slug)}/organizations/${encodeURIComponent(id)}/archive`, {
      method: 'POST',
    }),
  unarchiveOrganization: (slug: string, id: string) =>
    request<Organization>(`${tenantPath(slug)}/organizations/${encodeURIComponent(id)}/unarchive`, {
      method: 'POST',
    }),
};
