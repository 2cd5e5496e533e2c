import { chars, defineRule, HEX, keyed } from './define.js';

/** Pipedrive credentials. */
export const pipedriveRules = [
  defineRule({
    id: 'pipedrive-api-token',
    provider: 'Pipedrive',
    description: 'Pipedrive API token (40 hex) under a Pipedrive-named key',
    keywords: ['pipedrive'],
    pattern: keyed('pipedrive', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.pipedrive.com/settings/api', how: 'Revoke it in Pipedrive’s settings, issue a new one and update where it is stored.' },
    docs: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    sample: chars(HEX, 40),
    sampleKey: 'PIPEDRIVE_TOKEN',
    negatives: ['PIPEDRIVE_TOKEN=your_token_here', 'PIPEDRIVE_TOKEN=${PIPEDRIVE_TOKEN}'],
  }),
];
