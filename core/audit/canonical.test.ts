import { expect, it } from 'vitest';
import { canonicalJson } from './canonical';

it('ignores key order and drops undefined', () => {
  expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
    '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
  );
});

it('writes dates as ISO strings', () => {
  expect(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) })).toBe(
    '{"at":"2026-01-02T03:04:05.006Z"}',
  );
});
