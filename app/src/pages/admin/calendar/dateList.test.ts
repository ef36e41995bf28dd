import { expect, it } from 'vitest';
import { parseDateList } from './dateList';

it('reads the forms a notice is pasted in, sorted and unique', () => {
  expect(parseDateList('2027-01-04，2027/1/1 2027年2月6日、２０２７-01-01').dates).toEqual([
    '2027-01-01',
    '2027-01-04',
    '2027-02-06',
  ]);
});

it('reports what it cannot read instead of dropping it', () => {
  expect(parseDateList('2027-02-30 明天 2027-13-01')).toEqual({
    dates: [],
    invalid: ['2027-02-30', '明天', '2027-13-01'],
  });
});
