import { ALNUM, gen, prefixed } from './define.js';

/** Voiceflow credentials. */
export const voiceflowRules = [
  prefixed({ id: 'voiceflow-dialog-manager-api-key', provider: 'Voiceflow', description: 'Voiceflow Dialog Manager API key (VF.DM.)', prefix: 'VF.DM.', body: '[a-fA-F0-9]{24}\\.[A-Za-z0-9]{16}', sample: gen(['0123456789ABCDEFabcdef', 24], '.', [ALNUM, 16]), rotate: { url: 'https://creator.voiceflow.com/', how: 'Revoke it in Voiceflow’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.voiceflow.com/reference/authentication' }),
];
