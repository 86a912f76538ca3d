import type { tenantSchema } from '@passerelle/db';
import {
  awaitedSigners,
  type SignatoryRole,
  type SignerState,
  type SigningOrder,
  TRAIL_EVENT_LABELS,
  type TrailEvent,
} from '@passerelle/domain';

type ConventionRow = typeof tenantSchema.conventions.$inferSelect;
type SignerRow = typeof tenantSchema.conventionSigners.$inferSelect;

export function signerStates(signers: readonly SignerRow[]): SignerState[] {
  return signers.map((s) => ({
    id: s.id,
    role: s.role as SignatoryRole,
    label: s.label,
    signOrder: s.signOrder,
    status: s.status as SignerState['status'],
  }));
}

/** The list view: who the convention binds, where it stands and whom it waits for. */
export function conventionSummary(input: {
  row: ConventionRow;
  partnerName: string;
  signers: readonly SignerRow[];
  signingOrder: SigningOrder;
}) {
  const { row } = input;
  const awaiting =
    row.status === 'sent'
      ? awaitedSigners(signerStates(input.signers), input.signingOrder).map((s) => s.label)
      : [];
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    partner: { id: row.partnerOrganizationId, name: input.partnerName },
    startDate: row.startDate,
    endDate: row.endDate,
    renewalOfId: row.renewalOfId,
    sentAt: row.sentAt,
    activatedAt: row.activatedAt,
    awaiting,
  };
}
export type ConventionSummary = ReturnType<typeof conventionSummary>;

export function signerView(s: SignerRow) {
  return {
    id: s.id,
    role: s.role,
    label: s.label,
    name: s.name,
    title: s.title,
    email: s.email,
    status: s.status,
    signedAt: s.signedAt,
    authMethod: s.authMethod,
  };
}

export function trailView(events: readonly TrailEvent[], signers: readonly SignerRow[]) {
  const labels = new Map(signers.map((s) => [s.id, `${s.label} — ${s.name}`]));
  return events.map((e) => ({
    seq: e.seq,
    at: e.at,
    type: e.type,
    label: TRAIL_EVENT_LABELS[e.type],
    signerLabel: e.signerId ? (labels.get(e.signerId) ?? null) : null,
    authMethod: e.authMethod,
    ip: e.ip,
    userAgent: e.userAgent,
    documentSha256: e.documentSha256,
    detail: e.detail,
  }));
}
