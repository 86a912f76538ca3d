import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { COMMUNES } from './communes.ts';
import { isTileUrlTemplate, MapSettingsInput } from './map-settings.ts';

function fieldsOf(input: unknown): Record<string, string> {
  try {
    parseInput(MapSettingsInput, input);
  } catch (error) {
    if (error instanceof DomainError) return error.fields ?? {};
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('the map tile source', () => {
  it('accepts an https template with {z}/{x}/{y}, and its attribution', () => {
    expect(
      parseInput(MapSettingsInput, {
        tileUrl: ' https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png ',
        attribution: '© les contributeurs d’OpenStreetMap',
      }),
    ).toEqual({
      tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© les contributeurs d’OpenStreetMap',
    });
    expect(isTileUrlTemplate('https://tuiles.example.fr:8443/carte/{z}/{x}/{y}{r}.png?cle=abc')).toBe(true);
  });

  it('takes no URL (or an empty one) as the offline default', () => {
    expect(parseInput(MapSettingsInput, { tileUrl: null, attribution: null })).toEqual({
      tileUrl: null,
      attribution: null,
    });
    expect(parseInput(MapSettingsInput, { tileUrl: '', attribution: '' })).toEqual({
      tileUrl: null,
      attribution: null,
    });
  });

  it('refuses a plain-http, placeholder-less or odd URL, and a URL without attribution, in French', () => {
    for (const tileUrl of [
      'http://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      'https://tile.openstreetmap.org/carte.png',
      'https://tile.openstreetmap.org/{z}/{x}.png',
      'javascript:alert(1)//{z}/{x}/{y}',
      'https://localhost/{z}/{x}/{y}.png',
      'https://tiles.example.org/{z}/{x}/{y}.png"onerror="x',
      'https://tiles.example.org/{zoom}/{z}/{x}/{y}.png',
    ]) {
      expect(fieldsOf({ tileUrl, attribution: 'OSM' }).tileUrl, tileUrl).toMatch(
        /^Adresse de tuiles invalide/,
      );
    }
    expect(fieldsOf({ tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' })).toEqual({
      attribution: expect.stringMatching(/^Indiquez l’attribution/),
    });
    expect(fieldsOf({ tileUrl: 42 }).tileUrl).toBeTruthy();
  });
});

describe('the commune reference', () => {
  it('names and places the demo territories’ communes', () => {
    expect(COMMUNES['63113']).toMatchObject({ name: 'Clermont-Ferrand' });
    expect(COMMUNES['92073']).toMatchObject({ name: 'Suresnes' });
    expect(COMMUNES['98818']).toMatchObject({ name: 'Nouméa' });
    for (const [code, commune] of Object.entries(COMMUNES)) {
      expect(code).toMatch(/^\d[0-9AB]\d{3}$/);
      expect(Math.abs(commune.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(commune.lon)).toBeLessThanOrEqual(180);
    }
  });
});
