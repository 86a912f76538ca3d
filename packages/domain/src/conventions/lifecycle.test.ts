import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import {
  assertCanSign,
  assertEditable,
  assertTransition,
  assertWithdrawable,
  awaitedSigners,
  type SignerState,
  statusAfterSignature,
} from './lifecycle.ts';

const signers = (...statuses: SignerState['status'][]): SignerState[] =>
  statuses.map((status, i) => ({
    id: `s${i + 1}`,
    role: i === statuses.length - 1 ? 'tenant_representative' : 'partner_representative',
    label: `Signataire ${i + 1}`,
    signOrder: i + 1,
    status,
  }));

const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  return null;
};

describe('signing order', () => {
  it('awaits the first pending signer in sequence, everyone pending in parallel', () => {
    expect(awaitedSigners(signers('signed', 'pending', 'pending'), 'sequential').map((s) => s.id)).toEqual([
      's2',
    ]);
    expect(awaitedSigners(signers('signed', 'pending', 'pending'), 'parallel').map((s) => s.id)).toEqual([
      's2',
      's3',
    ]);
    expect(awaitedSigners(signers('signed', 'signed'), 'sequential')).toEqual([]);
  });

  it('refuses a signature out of order, naming who comes first', () => {
    expect(
      messageOf(() =>
        assertCanSign({
          status: 'sent',
          signers: signers('pending', 'pending'),
          signerId: 's2',
          order: 'sequential',
        }),
      ),
    ).toBe('La signature suit un ordre : c’est d’abord à « Signataire 1 » de signer.');
    expect(
      assertCanSign({
        status: 'sent',
        signers: signers('pending', 'pending'),
        signerId: 's2',
        order: 'parallel',
      }).id,
    ).toBe('s2');
  });

  it('refuses a second signature and a convention not open to signature', () => {
    expect(
      messageOf(() =>
        assertCanSign({
          status: 'sent',
          signers: signers('signed', 'pending'),
          signerId: 's1',
          order: 'parallel',
        }),
      ),
    ).toBe('Vous avez déjà signé cette convention.');
    expect(
      messageOf(() =>
        assertCanSign({
          status: 'draft',
          signers: signers('pending', 'pending'),
          signerId: 's1',
          order: 'parallel',
        }),
      ),
    ).toBe('Cette convention n’est pas ouverte à la signature.');
  });

  it('becomes active only when every party has signed', () => {
    expect(statusAfterSignature(signers('signed', 'pending'))).toBe('sent');
    expect(statusAfterSignature(signers('signed', 'signed'))).toBe('active');
  });
});

describe('lifecycle transitions', () => {
  it('allows draft → sent → active → expired | terminated, and nothing backwards', () => {
    expect(() => assertTransition('draft', 'sent')).not.toThrow();
    expect(() => assertTransition('sent', 'active')).not.toThrow();
    expect(() => assertTransition('active', 'terminated')).not.toThrow();
    expect(messageOf(() => assertTransition('active', 'draft'))).toBe(
      'Une convention « Active » ne peut pas passer à « Brouillon ».',
    );
    expect(messageOf(() => assertTransition('terminated', 'active'))).not.toBeNull();
  });
});

describe('corrections and withdrawal', () => {
  it('corrects a draft only: once sent, the document is frozen', () => {
    expect(() => assertEditable('draft')).not.toThrow();
    expect(messageOf(() => assertEditable('sent'))).toMatch(/^Une convention envoyée ne se modifie plus : /);
    expect(messageOf(() => assertEditable('active'))).toMatch(/^Une convention envoyée ne se modifie plus/);
    expect(messageOf(() => assertEditable('withdrawn'))).toContain('repartez-en');
  });

  it('withdraws a draft, or a sent convention nobody has signed, and nothing further on', () => {
    expect(() =>
      assertWithdrawable({ status: 'draft', signers: signers('pending', 'pending') }),
    ).not.toThrow();
    expect(() =>
      assertWithdrawable({ status: 'sent', signers: signers('pending', 'pending') }),
    ).not.toThrow();
    expect(
      messageOf(() => assertWithdrawable({ status: 'sent', signers: signers('signed', 'pending') })),
    ).toBe(
      '« Signataire 1 » a déjà signé : la convention ne peut plus être retirée. Un signataire suivant peut la refuser ; une fois active, elle se résilie.',
    );
    expect(
      messageOf(() => assertWithdrawable({ status: 'active', signers: signers('signed', 'signed') })),
    ).toBe('Une convention active ne se retire pas : résiliez-la, avec un motif.');
    expect(messageOf(() => assertWithdrawable({ status: 'withdrawn', signers: [] }))).toBe(
      'Une convention « Retirée » ne peut pas être retirée.',
    );
    expect(() => assertTransition('draft', 'withdrawn')).not.toThrow();
    expect(() => assertTransition('sent', 'withdrawn')).not.toThrow();
    expect(messageOf(() => assertTransition('withdrawn', 'sent'))).not.toBeNull();
  });
});
