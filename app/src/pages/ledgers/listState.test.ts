import { describe, expect, it } from 'vitest';
import { ledgerKind } from '../../../../core/ledgers';
import {
  filterableFields,
  hasFilters,
  ledgerApiQuery,
  listStateToParams,
  readListState,
  withFilters,
} from './listState';

const dispute = ledgerKind('dispute');
if (!dispute) throw new Error('dispute kind missing');

describe('readListState', () => {
  it('reads declared filters and drops what the kind does not declare', () => {
    const s = readListState(
      new URLSearchParams(
        'q=邻里&state=mediating&year=2026&from=2026-01-01&to=2026-03-31&clock=overdue&f.type=land&f.type=family&f.parties=x&f.summary=y&sort=number&order=asc&page=3&pageSize=50',
      ),
      dispute,
    );
    expect(s).toEqual({
      q: '邻里',
      states: ['mediating'],
      year: 2026,
      from: '2026-01-01',
      to: '2026-03-31',
      clock: 'overdue',
      sort: 'number',
      order: 'asc',
      page: 3,
      pageSize: 50,
      f: { type: ['land', 'family'] },
    });
  });

  it('falls back to defaults for values that make no sense', () => {
    const s = readListState(
      new URLSearchParams(
        'state=nonsense&year=12&from=2026-1-1&clock=late&sort=title&order=up&page=0&pageSize=33',
      ),
      dispute,
    );
    expect(s).toEqual({
      q: undefined,
      states: [],
      year: undefined,
      from: undefined,
      to: undefined,
      clock: undefined,
      sort: undefined,
      order: undefined,
      page: 1,
      pageSize: 20,
      f: {},
    });
    expect(hasFilters(s)).toBe(false);
  });
});

describe('listStateToParams / ledgerApiQuery', () => {
  it('round-trips through the address bar, leaving defaults out', () => {
    const s = readListState(new URLSearchParams('f.type=land&q=土地&f.riskLevel=high&page=2'), dispute);
    expect(listStateToParams(s).toString()).toBe(
      `q=${encodeURIComponent('土地')}&f.riskLevel=high&f.type=land&page=2`,
    );
    expect(readListState(listStateToParams(s), dispute)).toEqual(s);
  });

  it('adds the unit and paging for the API, and names the main date eventDate when sorting', () => {
    const s = readListState(new URLSearchParams('sort=registeredOn&order=asc&f.village=v1'), dispute);
    expect(ledgerApiQuery(s, 'u-1', 'registeredOn').toString()).toBe(
      'f.village=v1&sort=eventDate&order=asc&unit=u-1&page=1&pageSize=20',
    );
  });

  it('starts again at page 1 when a filter changes', () => {
    const s = readListState(new URLSearchParams('page=4'), dispute);
    const next = withFilters(s, { states: ['closed'] });
    expect(next.page).toBe(1);
    expect(next.states).toEqual(['closed']);
    expect(hasFilters(next)).toBe(true);
  });

  it('keeps several states, in the address and for the API, dropping states the kind lacks', () => {
    const s = readListState(new URLSearchParams('state=succeeded&state=nonsense&state=closed'), dispute);
    expect(s.states).toEqual(['succeeded', 'closed']);
    expect(listStateToParams(s).toString()).toBe('state=succeeded&state=closed');
    expect(readListState(listStateToParams(s), dispute)).toEqual(s);
  });
});

describe('filterableFields', () => {
  it('offers the select and village fields declared filter: true', () => {
    expect(filterableFields(dispute).map((f) => f.key)).toEqual(['source', 'type', 'village', 'riskLevel']);
  });
});

describe('a figure’s drill-down (indicator=…)', () => {
  it('keeps the indicator, its part and count day through the address and into the API query', () => {
    const s = readListState(
      new URLSearchParams(
        'indicator=petition.timely_acceptance_rate&part=denominator&from=2026-01-01&to=2026-12-31&asOf=2026-11-25',
      ),
      dispute,
    );
    expect(s.indicator).toEqual({
      key: 'petition.timely_acceptance_rate',
      part: 'denominator',
      asOf: '2026-11-25',
    });
    expect(hasFilters(s)).toBe(true);
    expect(listStateToParams(s).toString()).toBe(
      'from=2026-01-01&to=2026-12-31&indicator=petition.timely_acceptance_rate&part=denominator&asOf=2026-11-25',
    );
    // anything else in the parameter is dropped, and the part defaults to the numerator
    expect(readListState(new URLSearchParams('indicator=x;drop'), dispute).indicator).toBeUndefined();
    expect(readListState(new URLSearchParams('indicator=dispute.handled'), dispute).indicator).toEqual({
      key: 'dispute.handled',
      part: 'numerator',
    });
  });
});
