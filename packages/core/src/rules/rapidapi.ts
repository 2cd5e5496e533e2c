import { chars, defineRule, keyed } from './define.js';

/** RapidAPI credentials. */
export const rapidapiRules = [
  defineRule({
    id: 'rapidapi-key',
    provider: 'RapidAPI',
    description: 'RapidAPI application key (50 chars) under a RapidAPI-named key',
    keywords: ['rapidapi', 'x-rapidapi-key'],
    pattern: keyed('rapidapi|x-rapidapi-key', '[A-Za-z0-9_-]{50}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://rapidapi.com/developer/apps', how: 'Revoke it in RapidAPI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.rapidapi.com/docs/keys-and-key-rotation',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 50),
    sampleKey: 'RAPIDAPI_API_KEY',
    negatives: ['RAPIDAPI_API_KEY=your_api_key_here', 'RAPIDAPI_API_KEY=${RAPIDAPI_API_KEY}'],
  }),
];
