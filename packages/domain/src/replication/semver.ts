import * as z from 'zod/mini';
import { DomainError } from '../shared/errors.ts';

export type Semver = { major: number; minor: number; patch: number };
export const VERSION_BUMPS = ['major', 'minor', 'patch'] as const;
export type VersionBump = (typeof VERSION_BUMPS)[number];

const SEMVER = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

export const semverString = () =>
  z.string('Version : au format 1.2.0.').check(z.regex(SEMVER, 'Version : au format 1.2.0 (trois nombres).'));

export function parseSemver(version: string): Semver {
  const match = SEMVER.exec(version);
  if (!match) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Version invalide.',
      fields: { version: 'Version : au format 1.2.0 (trois nombres).' },
    });
  }
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** A sort key stored beside the text, so SQL can order versions without parsing them. */
export function versionOrder(version: string): number {
  const v = parseSemver(version);
  return v.major * 1_000_000 + v.minor * 1_000 + v.patch;
}

export function compareSemver(a: string, b: string): number {
  return versionOrder(a) - versionOrder(b);
}

export function bumpVersion(current: string, bump: VersionBump): string {
  const v = parseSemver(current);
  if (bump === 'major') return `${v.major + 1}.0.0`;
  if (bump === 'minor') return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}

/** A new version must come after the latest one: versions are never rewritten. */
export function assertNewerVersion(latest: string, candidate: string): void {
  if (compareSemver(candidate, latest) <= 0) {
    throw new DomainError({
      code: 'CONFLICT',
      message: `La version ${candidate} n’est pas postérieure à la dernière publiée (${latest}).`,
      fields: { version: `Choisissez une version après ${latest}.` },
    });
  }
}
