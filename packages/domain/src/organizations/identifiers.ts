// French public identifiers of organizations, checked before anything is stored.

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

/** SIRET: 14 digits whose Luhn key is valid (La Poste's establishments use a digit-sum rule instead). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && value !== '35600000000048') {
    let sum = 0;
    for (const c of value) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(value);
}

/** RNA (répertoire national des associations): `W` then 9 digits. */
export function isValidRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/** UAI (code of a school in the national directory): 7 digits then a letter. */
export function isValidUai(value: string): boolean {
  return /^\d{7}[A-Z]$/.test(value);
}

/** Normalises what people paste: spaces, dots and dashes are dropped, letters upper-cased. */
export function normaliseIdentifier(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}
