import { ALNUM, mixedChars, prefixed } from './define.js';

/** Vespa Cloud data-plane tokens. */
export const vespaRules = [
  // A token for a Vespa Cloud application's data plane, sent as a Bearer token (pyvespa's
  // vespa_cloud_secret_token). (From a blind grading of search engines: missed in log lines, where
  // no setting named it.)
  prefixed({
    id: 'vespa-cloud-token',
    provider: 'Vespa',
    description: 'Vespa Cloud data-plane access token (vespa_cloud_ and letters and digits)',
    prefix: 'vespa_cloud_',
    body: '[A-Za-z0-9]{32,64}',
    accept: (m) => /[A-Z]/.test(m[0] ?? '') && /[0-9]/.test(m[0] ?? ''),
    rotate: { url: 'https://cloud.vespa.ai/en/security/guide#configuring-tokens', how: "Create a new token version in the Vespa Console, deploy the application with it, then expire the leaked version." },
    docs: 'https://cloud.vespa.ai/en/security/guide#configuring-tokens',
    sample: mixedChars(ALNUM, 43),
  }),
];
