import { formatDate, formatDateTime, formatTime } from '../client-shared/src/lib/datetime';

// Dates on Japanese screens are always written 2026年12月16日(水) 15:00, in Japan time,
// whatever the ICU version or the time zone of the machine.
describe('client date formatting', () => {
  test('ja: date and time in Japan time', () => {
    expect(formatDateTime('2026-12-16T06:00:00Z', 'ja')).toBe('2026年12月16日(水) 15:00');
    expect(formatDateTime('2026-12-16T15:00:00Z', 'ja')).toBe('2026年12月17日(木) 0:00');
    expect(formatDateTime('2026-04-01T09:05:00+09:00', 'ja')).toBe('2026年4月1日(水) 9:05');
  });
  test('ja: a calendar day', () => {
    expect(formatDate('2026-12-16', 'ja')).toBe('2026年12月16日(水)');
    expect(formatDate('2027-01-03', 'ja')).toBe('2027年1月3日(日)');
  });
  test('time of day and empty values', () => {
    expect(formatTime('2026-12-16T06:00:00Z')).toBe('15:00');
    expect(formatDateTime(null, 'ja')).toBe('');
    expect(formatDate(undefined, 'ja')).toBe('');
  });
  test('en keeps a 24-hour clock', () => {
    expect(formatDateTime('2026-12-16T06:00:00Z', 'en')).toMatch(/16 December 2026.*15:00/);
  });
});
