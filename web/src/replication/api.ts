import { request } from '../api/client.ts';
import type { NationalTenant, OnboardTenantInput, Page } from '../api/types.ts';
import type {
  AdoptedTemplate,
  AdoptedTemplateDetail,
  CatalogueEntry,
  NewVersionInput,
  Onboarding,
  ProposalInput,
  PublishTemplateInput,
  ReplicationRun,
  TemplateDetail,
  TemplateStatus,
  TemplateSummary,
  TenantProgram,
} from './types.ts';

const enc = encodeURIComponent;
const templates = '/api/national/templates';
const replications = '/api/national/replications';
const tenantTemplates = (slug: string) => `/api/t/${enc(slug)}/templates`;

/** Every tenant of the registry, page after page (the API gives at most 100 at a time). */
async function allTenants(): Promise<NationalTenant[]> {
  const all: NationalTenant[] = [];
  for (let page = 1; ; page++) {
    const answer = await request<Page<NationalTenant>>('/api/national/tenants', {
      query: { page, pageSize: 100 },
    });
    all.push(...answer.items);
    if (!answer.items.length || all.length >= answer.total) return all;
  }
}

/** Typed calls to docs/api-replication.md; every failure is an ApiError with a French message. */
export const replicationApi = {
  allTenants,
  tenantPrograms: (tenant: string) =>
    request<{ items: TenantProgram[] }>(`/api/national/tenants/${enc(tenant)}/programs`),

  templates: (query: { status?: TemplateStatus | ''; q?: string; page?: number; pageSize?: number }) =>
    request<Page<TemplateSummary>>(templates, { query }),
  template: (id: string) => request<TemplateDetail>(`${templates}/${enc(id)}`),
  publishTemplate: (body: PublishTemplateInput) =>
    request<TemplateDetail>(templates, { method: 'POST', body }),
  newVersion: (id: string, body: NewVersionInput) =>
    request<TemplateDetail>(`${templates}/${enc(id)}/versions`, { method: 'POST', body }),
  publishProposal: (id: string) =>
    request<TemplateDetail>(`${templates}/${enc(id)}/publish`, { method: 'POST' }),

  replicate: (body: { templateId: string; version?: string; tenants: string[] }) =>
    request<ReplicationRun>(replications, { method: 'POST', body }),
  replications: (query: { templateId?: string; page?: number }) =>
    request<Page<ReplicationRun>>(replications, { query }),
  replication: (id: string) => request<ReplicationRun>(`${replications}/${enc(id)}`),
  retry: (id: string) => request<ReplicationRun>(`${replications}/${enc(id)}/retry`, { method: 'POST' }),
  reportUrl: (id: string) => `${replications}/${enc(id)}/report.csv`,

  onboard: (body: OnboardTenantInput & { templateIds: string[] }) =>
    request<Onboarding>('/api/national/onboardings', { method: 'POST', body }),
  onboarding: (id: string) => request<Onboarding>(`/api/national/onboardings/${enc(id)}`),
  /** Not in docs/api-replication.md yet: starts a failed onboarding again from its failed step. */
  retryOnboarding: (id: string) =>
    request<Onboarding>(`/api/national/onboardings/${enc(id)}/retry`, { method: 'POST' }),

  catalogue: (slug: string) => request<{ items: CatalogueEntry[] }>(`${tenantTemplates(slug)}/catalogue`),
  adopt: (slug: string, id: string) =>
    request<AdoptedTemplateDetail>(`${tenantTemplates(slug)}/catalogue/${enc(id)}/adopt`, { method: 'POST' }),
  adopted: (slug: string) => request<{ items: AdoptedTemplate[] }>(`${tenantTemplates(slug)}/adopted`),
  adoptedOne: (slug: string, id: string) =>
    request<AdoptedTemplateDetail>(`${tenantTemplates(slug)}/adopted/${enc(id)}`),
  apply: (slug: string, id: string, body: { version: string; apply: string[]; skip: string[] }) =>
    request<AdoptedTemplateDetail>(`${tenantTemplates(slug)}/adopted/${enc(id)}/apply`, {
      method: 'POST',
      body,
    }),
  propose: (slug: string, body: ProposalInput) =>
    request<TemplateSummary>(`${tenantTemplates(slug)}/proposals`, { method: 'POST', body }),
};
