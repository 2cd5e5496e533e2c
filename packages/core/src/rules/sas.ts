import { BASE64, chars, prefixed, UPPER_ALNUM } from './define.js';

const ROTATE = {
  url: 'https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/proc/n0ii0upf9h4a67n1bcwcesmo4zms.htm',
  how: 'An encoded password logs in as the password does: change the password at its server, encode the new one with PROC PWENCODE only where a program must hold it, and keep it out of shared code (a SAS/ACCESS authentication domain, or a file only the job can read).',
};
const DOCS = 'https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/proc/n0ii0upf9h4a67n1bcwcesmo4zms.htm';
const HEX_UPPER = '0123456789ABCDEF';

/**
 * SAS: passwords encoded by PROC PWENCODE. SAS accepts the encoded text wherever the password goes
 * (`libname … password="{SAS002}…"`), so it is the credential, whatever the method: {SAS001} is
 * base64, {SAS002} SAS's own 32-bit-key encoding, {SAS003}–{SAS005} AES with a fixed key. (From a
 * blind grading of legacy and enterprise scripting.)
 */
export const sasRules = [
  prefixed({
    id: 'sas-pwencode-password',
    provider: 'SAS',
    description: 'Password encoded by SAS PROC PWENCODE ({SAS002}–{SAS005} and hex digits)',
    prefix: ['{SAS002}', '{SAS003}', '{SAS004}', '{SAS005}', '{sas002}', '{sas003}', '{sas004}', '{sas005}'],
    body: '[0-9A-Fa-f]{16,512}',
    minEntropy: 2.5,
    severity: 'high',
    sample: chars(HEX_UPPER, 48),
    rotate: ROTATE,
    docs: DOCS,
    negatives: ['password="{SAS002}XXXXXXXXXXXXXXXXXXXXXXXX"', 'password="{SAS002}<encoded>"', 'pw={SAS004}0000000000000000'],
  }),
  prefixed({
    id: 'sas-pwencode-base64-password',
    provider: 'SAS',
    description: 'Password encoded by SAS PROC PWENCODE as base64 ({SAS001})',
    prefix: ['{SAS001}', '{sas001}'],
    body: '[A-Za-z0-9+/]{8,256}={0,2}',
    right: 'A-Za-z0-9+/=',
    minEntropy: 2,
    severity: 'high',
    sample: (g) => `${g.chars(UPPER_ALNUM, 4)}${g.chars(BASE64, 12)}`,
    rotate: ROTATE,
    docs: DOCS,
    negatives: ['password="{SAS001}<encoded>"', 'pw={SAS001}XXXXXXXXXXXX'],
  }),
];
