import { chars, defineRule, keyed, prefixed } from './define.js';

/** Mandrill credentials. */
export const mandrillRules = [
  defineRule({
    id: 'mandrill-api-key',
    provider: 'Mandrill',
    description: 'Mailchimp Transactional (Mandrill) API key (22 chars) under a Mandrill-named key',
    keywords: ['mandrill'],
    pattern: keyed('mandrill', '(?:md-)?[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://mandrillapp.com/settings', how: 'Revoke it in Mandrill’s settings, issue a new one and update where it is stored.' },
    docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22),
    sampleKey: 'MANDRILL_API_KEY',
    negatives: ['MANDRILL_API_KEY=your_api_key_here', 'MANDRILL_API_KEY=${MANDRILL_API_KEY}'],
  }),
  // Keys made since Mailchimp Transactional's rename start with "md-" (22 characters after it):
  // given to the client by position (`mandrill.Mandrill("md-…")`) or listed in an inventory.
  prefixed({
    id: 'mandrill-md-api-key',
    provider: 'Mandrill',
    description: 'Mailchimp Transactional (Mandrill) API key with its md- prefix (md- and 22 characters)',
    prefix: 'md-',
    body: '[A-Za-z0-9_-]{22}',
    right: 'A-Za-z0-9_-',
    // "md-" opens class names (`md-button-toggle-group`): a key mixes cases and digits, no word runs.
    validate: (secret) => /[A-Z]/.test(secret.slice(3)) && /[a-z]/.test(secret.slice(3)) && /[0-9]/.test(secret) && !/[a-z]{5,}-|-[a-z]{5,}/.test(secret.slice(3)),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://mandrillapp.com/settings', how: 'Revoke it in Mandrill’s settings, issue a new one and update where it is stored.' },
    docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/',
    sample: (g) => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${g.chars('0123456789', 3)}${g.chars('abcdefghijklmnopqrstuvwxyz', 4)}${chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 11)(g)}`,
    negatives: ['<md-button-toggle-group class="md-primary">', 'md-elevation-z8-container-wrapper-x1'],
  }),
];
