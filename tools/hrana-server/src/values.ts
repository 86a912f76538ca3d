import { HranaError, type ProtoValue } from './proto.ts';

/** A value as the libsql engine binds it and, with safe integers on, returns it. */
export type SqlValue = null | bigint | number | string | Buffer;

const minInteger = -(2n ** 63n);
const maxInteger = 2n ** 63n - 1n;

function invalidValue(message: string): HranaError {
  return new HranaError({ message, code: 'ARGS_INVALID' });
}

export function decodeValue({ value }: { value: ProtoValue }): SqlValue {
  switch (value?.type) {
    case 'null':
      return null;
    case 'integer': {
      // Integers travel as strings so that 64-bit values survive JSON.
      if (typeof value.value !== 'string' || !/^-?\d+$/.test(value.value)) {
        throw invalidValue(`Invalid integer value: ${JSON.stringify(value.value)}`);
      }
      const integer = BigInt(value.value);
      if (integer < minInteger || integer > maxInteger) {
        throw invalidValue(`Integer value out of the 64-bit range: ${value.value}`);
      }
      return integer;
    }
    case 'float':
      if (typeof value.value !== 'number') throw invalidValue('Invalid float value');
      return value.value;
    case 'text':
      if (typeof value.value !== 'string') throw invalidValue('Invalid text value');
      return value.value;
    case 'blob':
      if (typeof value.base64 !== 'string') throw invalidValue('Invalid blob value');
      return Buffer.from(value.base64, 'base64');
    default:
      throw invalidValue(`Unknown value type: ${JSON.stringify((value as { type?: unknown })?.type)}`);
  }
}

export function encodeValue({ value }: { value: unknown }): ProtoValue {
  if (value === null || value === undefined) return { type: 'null' };
  if (typeof value === 'bigint') return { type: 'integer', value: value.toString() };
  if (typeof value === 'number') {
    // JSON has no Infinity or NaN: they would arrive as null and break the client's decoder.
    if (!Number.isFinite(value)) {
      throw new HranaError({ message: `Cannot encode the float ${value} in JSON`, code: 'SQL_INPUT_ERROR' });
    }
    return { type: 'float', value };
  }
  if (typeof value === 'string') return { type: 'text', value };
  if (value instanceof Uint8Array) {
    return {
      type: 'blob',
      base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  throw new HranaError({ message: `Cannot encode a value of type ${typeof value}`, code: 'INTERNAL' });
}
