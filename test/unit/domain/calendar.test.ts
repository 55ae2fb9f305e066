import { describe, expect, it } from 'vitest';
import { addMinutes, isSaneYear, longDateNl, minutesBetween, wallClock } from '../../../domain/calendar';

describe('calendar rules', () => {
  it('accepts the years a meeting or deadline can fall in, and nothing around year 0 or 9999', () => {
    expect(['2000-01-01', '2026-12-10', '2099-12-31'].map(isSaneYear)).toEqual([true, true, true]);
    expect(['0000-01-01', '0099-12-10', '1999-12-31', '2100-01-01', '9999-12-31'].map(isSaneYear)).toEqual([false, false, false, false, false]);
  });

  it('keeps two-digit years as they are (JavaScript reads Date.UTC(99, …) as 1999)', () => {
    expect(new Date(wallClock('0099-12-10', '19:30')).getUTCFullYear()).toBe(99);
  });

  it('adds minutes across midnight and the year end', () => {
    expect(addMinutes('2026-12-08', '19:30', 95)).toEqual({ date: '2026-12-08', time: '21:05' });
    expect(addMinutes('2099-12-31', '23:30', 90)).toEqual({ date: '2100-01-01', time: '01:00' });
    expect(minutesBetween('19:30', '21:00')).toBe(90);
  });

  it('says a date the way a Dutch invitation does', () => {
    expect(longDateNl('2026-12-10')).toBe('donderdag 10 december 2026');
  });
});
