import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Spectral credentials. */
export const spectralRules = [
  prefixed({ id: 'spectralops-api-token', provider: 'Spectral', description: 'SpectralOps (Check Point Spectral) personal API token (spu-)', prefix: 'spu-', body: '[a-z0-9]{32}', sample: chars(LOWER_ALNUM, 32), rotate: { url: 'https://get.spectralops.io/', how: 'Revoke it in Spectral’s settings, issue a new one and update where it is stored.' }, docs: 'https://guides.spectralops.io/' }),
];
