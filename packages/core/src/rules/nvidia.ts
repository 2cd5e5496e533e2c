import { chars, prefixed } from './define.js';

/** NVIDIA credentials. */
export const nvidiaRules = [
  prefixed({ id: 'nvidia-api-key', provider: 'NVIDIA', description: 'NVIDIA NGC / build.nvidia.com API key (nvapi-)', prefix: 'nvapi-', body: '[A-Za-z0-9_-]{64}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 64), rotate: { url: 'https://org.ngc.nvidia.com/setup/api-keys', how: 'Revoke it in NVIDIA’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.api.nvidia.com/nim/docs/api-quickstart' }),
];
