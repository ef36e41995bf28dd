import { Select } from 'antd';
import { useSearchParams } from 'react-router';
import { recentYears, yearParam } from './figures';

/** The year a page shows, kept in the address (`?year=`), this year by default. */
export function useYearParam(): [number, (year: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = yearParam(searchParams.get('year'), thisYear);
  const setYear = (y: number) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (y === thisYear) next.delete('year');
        else next.set('year', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, setYear];
}

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const thisYear = new Date().getFullYear();
  return (
    <Select
      aria-label="年度"
      value={year}
      onChange={onChange}
      style={{ width: 110 }}
      options={recentYears(thisYear).map((y) => ({ value: y, label: `${y}年` }))}
    />
  );
}
