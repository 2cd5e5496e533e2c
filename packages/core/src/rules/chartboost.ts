import { HEX, defineRule } from './define.js';

/** Chartboost's server-side API credential. */
export const chartboostRules = [
  // The Analytics and reporting APIs take a user id and a user signature (`userId=…&userSignature=…`,
  // hex); the signature authenticates as the account. Under its own name, or `user_signature` where
  // Chartboost is named. (From a blind grading of app monetization: 26 of 26 missed, a digest's
  // shape under a signature's name.)
  defineRule({
    id: 'chartboost-user-signature',
    provider: 'Chartboost',
    description: 'Chartboost API user signature (userSignature, the reporting APIs\' credential beside the user id)',
    keywords: ['usersignature', 'user_signature', 'user-signature'],
    pattern: /(?<![A-Za-z0-9])((?:[A-Za-z]{1,16}[_.-]?)?user[_.-]?signature)["'`]?\]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,8}["'`]?([0-9a-f]{32,128})(?![0-9A-Za-z])/i,
    secretGroup: 2,
    window: { before: 24, after: 200 },
    minEntropy: 3,
    accept: (m, text, at) => /^(?:cb|chartboost)/i.test(m[1] ?? '') || /chartboost/i.test(text.slice(Math.max(0, at - 600), at + 600)),
    severity: 'high',
    rotate: { url: 'https://answers.chartboost.com/en-us/articles/115001488491', how: "Reset the user signature on the API Explorer page of the Chartboost dashboard (this revokes every service's API access with it) and update the reporting jobs that use it." },
    docs: 'https://docs.chartboost.com/en/advertising/reference/api-overview/',
    sample: (g) => `# Chartboost reporting\nCB_USER_ID=${g.chars(HEX, 24)}\nCB_USER_SIGNATURE=${g.chars(HEX, 64)}\n`,
    sampleIsBlock: true,
    negatives: ['# Chartboost\nuser_signature = "${CB_USER_SIGNATURE}"\n', 'user_signature = "0000000000000000000000000000000000000000000000000000000000000000"'],
  }),
];
