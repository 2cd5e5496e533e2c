import { chars, HEX, prefixed } from './define.js';

/** Bannerbear credentials. */
export const bannerbearRules = [
  prefixed({ id: 'bannerbear-project-api-key', provider: 'Bannerbear', description: 'Bannerbear project API key (bb_pr_)', prefix: 'bb_pr_', body: '[a-f0-9]{30}', sample: chars(HEX, 30), rotate: { url: 'https://app.bannerbear.com/', how: 'Revoke it in Bannerbear’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.bannerbear.com/#authentication' }),
  prefixed({ id: 'bannerbear-master-api-key', provider: 'Bannerbear', description: 'Bannerbear master API key (bb_ma_)', prefix: 'bb_ma_', body: '[a-f0-9]{30}', sample: chars(HEX, 30), rotate: { url: 'https://app.bannerbear.com/', how: 'Revoke it in Bannerbear’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.bannerbear.com/#authentication' }),
];
