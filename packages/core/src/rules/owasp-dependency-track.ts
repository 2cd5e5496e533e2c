import { ALNUM, chars, prefixed } from './define.js';

/** OWASP Dependency-Track credentials. */
export const owaspDependencyTrackRules = [
  prefixed({ id: 'dependency-track-api-key', provider: 'OWASP Dependency-Track', description: 'OWASP Dependency-Track API key (odt_)', prefix: 'odt_', body: '[A-Za-z0-9]{32,255}', sample: chars(ALNUM, 32), rotate: { url: 'https://docs.dependencytrack.org/integrations/rest-api/', how: 'Revoke it in OWASP Dependency-Track’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.dependencytrack.org/integrations/rest-api/' }),
];
