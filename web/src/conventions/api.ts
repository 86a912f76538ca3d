import { queryString, request } from '../api/client.ts';
import type { Organization, OrganizationQuery, Page } from '../api/types.ts';
import type {
  Convention,
  ConventionQuery,
  ConventionSummary,
  CreateConventionInput,
  DeliveryInput,
  EditConventionInput,
  FulfilmentItem,
  Ledger,
  PartnerEvent,
  PartnerEventDetail,
  PartnerEventInput,
  PartnerEventStatus,
  RegistrationInput,
  Template,
  TemplateChanges,
  TemplateInput,
  TemplateVersionInput,
} from './types.ts';

const tenantPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;
const templatePath = (slug: string, id: string) =>
  `${tenantPath(slug)}/convention-templates/${encodeURIComponent(id)}`;
const conventionPath = (slug: string, id: string) =>
  `${tenantPath(slug)}/conventions/${encodeURIComponent(id)}`;
const eventPath = (slug: string, id: string) =>
  `${tenantPath(slug)}/partner-events/${encodeURIComponent(id)}`;

/** Typed calls to docs/api-conventions.md; every failure is an ApiError with a French message. */
export const conventionsApi = {
  templates: (slug: string) => request<{ items: Template[] }>(`${tenantPath(slug)}/convention-templates`),
  template: (slug: string, id: string) => request<Template>(templatePath(slug, id)),
  createTemplate: (slug: string, body: TemplateInput) =>
    request<Template>(`${tenantPath(slug)}/convention-templates`, { method: 'POST', body }),
  addTemplateVersion: (slug: string, id: string, body: TemplateVersionInput) =>
    request<Template>(`${templatePath(slug, id)}/versions`, { method: 'POST', body }),
  updateTemplate: (slug: string, id: string, body: TemplateChanges) =>
    request<Template>(templatePath(slug, id), { method: 'PATCH', body }),

  conventions: (slug: string, query: ConventionQuery) =>
    request<Page<ConventionSummary>>(`${tenantPath(slug)}/conventions`, { query }),
  conventionsCsvUrl: (slug: string, query: Pick<ConventionQuery, 'status' | 'q'>) =>
    `${tenantPath(slug)}/conventions/export.csv${queryString(query)}`,
  convention: (slug: string, id: string) => request<Convention>(conventionPath(slug, id)),
  createConvention: (slug: string, body: CreateConventionInput) =>
    request<Convention>(`${tenantPath(slug)}/conventions`, { method: 'POST', body }),
  editConvention: (slug: string, id: string, body: EditConventionInput) =>
    request<Convention>(conventionPath(slug, id), { method: 'PATCH', body }),
  withdrawConvention: (slug: string, id: string, reason: string) =>
    request<Convention>(`${conventionPath(slug, id)}/withdraw`, { method: 'POST', body: { reason } }),
  sendConvention: (slug: string, id: string) =>
    request<Convention>(`${conventionPath(slug, id)}/send`, { method: 'POST' }),
  terminateConvention: (slug: string, id: string, reason: string) =>
    request<Convention>(`${conventionPath(slug, id)}/terminate`, { method: 'POST', body: { reason } }),
  renewConvention: (slug: string, id: string) =>
    request<Convention>(`${conventionPath(slug, id)}/renew`, { method: 'POST' }),
  documentUrl: (slug: string, id: string, which: 'document' | 'final') =>
    `${conventionPath(slug, id)}/${which}.pdf`,
  ledger: (slug: string, id: string) => request<Ledger>(`${conventionPath(slug, id)}/ledger`),
  addDelivery: (slug: string, id: string, body: DeliveryInput) =>
    request<unknown>(`${conventionPath(slug, id)}/deliveries`, { method: 'POST', body }),

  fulfilment: (slug: string) => request<{ items: FulfilmentItem[] }>(`${tenantPath(slug)}/fulfilment`),
  fulfilmentCsvUrl: (slug: string) => `${tenantPath(slug)}/fulfilment/export.csv`,

  events: (
    slug: string,
    query: { from?: string; status?: PartnerEventStatus; page?: number; pageSize?: number },
  ) => request<Page<PartnerEvent>>(`${tenantPath(slug)}/partner-events`, { query }),
  event: (slug: string, id: string) => request<PartnerEventDetail>(eventPath(slug, id)),
  createEvent: (slug: string, body: PartnerEventInput) =>
    request<PartnerEvent>(`${tenantPath(slug)}/partner-events`, { method: 'POST', body }),
  register: (slug: string, id: string, body: RegistrationInput) =>
    request<unknown>(`${eventPath(slug, id)}/registrations`, { method: 'POST', body }),
  markHeld: (slug: string, id: string, attendance: { registrationId: string; attended: boolean }[]) =>
    request<unknown>(`${eventPath(slug, id)}/held`, { method: 'POST', body: { attendance } }),
  cancelEvent: (slug: string, id: string) =>
    request<unknown>(`${eventPath(slug, id)}/cancel`, { method: 'POST' }),

  organizations: (slug: string, query: OrganizationQuery) =>
    request<Page<Organization>>(`${tenantPath(slug)}/organizations`, { query }),
};
