import { describe, expect, it } from 'vitest';
import { type AuditEntry, GENESIS_HASH, sealAuditEntry, verifyAuditChain } from './hash-chain.ts';

async function chainOf(actions: string[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (const [i, action] of actions.entries()) {
    const entry = await sealAuditEntry({
      seq: i + 1,
      id: `aud_${i}`,
      at: `2026-11-23T10:00:0${i}.000Z`,
      actorId: 'idn_x',
      action,
      entityType: 'organization',
      entityId: 'org_1',
      requestId: null,
      data: JSON.stringify({ i }),
      prevHash,
    });
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('holds for an untouched chain', async () => {
    expect(await verifyAuditChain(await chainOf(['create', 'update', 'archive']))).toEqual({
      ok: true,
      count: 3,
    });
  });

  it('names the first row whose content was changed', async () => {
    const entries = await chainOf(['create', 'update', 'archive']);
    entries[1] = { ...entries[1]!, action: 'delete' };
    const verdict = await verifyAuditChain(entries);
    expect(verdict).toMatchObject({
      ok: false,
      brokenAt: { seq: 2, id: 'aud_1', reason: 'le contenu a été modifié' },
    });
  });

  it('notices a removed row', async () => {
    const entries = await chainOf(['create', 'update', 'archive']);
    entries.splice(1, 1);
    const verdict = await verifyAuditChain(entries);
    expect(verdict).toMatchObject({ ok: false, brokenAt: { seq: 3 } });
  });
});
