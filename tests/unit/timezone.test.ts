import { expect, it } from 'vitest';

it('runs in the Los Angeles time zone, so dates read as the schools lived them', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
});
