// The zone a house gets when HOUSE_TIME_ZONE is unset: the machine's own, read without loading
// ICU's zone data where it can be, and always the same answer Intl gives.
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, systemTimeZone } from '../../server/config.ts';

const savedTz = process.env.TZ;

afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** What the server read before: Intl's answer (none for a zone ICU does not know), else UTC. */
const intlZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

describe('the machine time zone a house starts in', () => {
  it('is the zone Intl names, whatever TZ says', () => {
    const settings = [
      'Europe/Berlin',
      ':Pacific/Auckland',
      'America/Indianapolis',
      'Asia/Calcutta',
      'Etc/UTC',
      'UTC',
      'GMT',
      'Zulu',
      'Europe/Nowhere',
      '',
    ];
    for (const tz of settings) {
      process.env.TZ = tz;
      expect(systemTimeZone(), `TZ=${tz}`).toBe(intlZone());
    }
    delete process.env.TZ;
    expect(systemTimeZone(), 'TZ unset').toBe(intlZone());
  });

  it('is what a house gets when HOUSE_TIME_ZONE is unset, and HOUSE_TIME_ZONE wins', () => {
    process.env.TZ = 'Europe/Lisbon';
    const env = { DATA_DIR: undefined, PORT: '0' };
    expect(readConfig(env).houseTimeZone).toBe('Europe/Lisbon');
    expect(readConfig({ ...env, HOUSE_TIME_ZONE: 'Asia/Tokyo' }).houseTimeZone).toBe('Asia/Tokyo');
    expect(() => readConfig({ ...env, HOUSE_TIME_ZONE: 'Asia/Tokio' })).toThrow(
      /HOUSE_TIME_ZONE must be a time zone/,
    );
  });
});
