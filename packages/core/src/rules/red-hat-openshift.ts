import { chars, prefixed } from './define.js';

/** Red Hat OpenShift credentials. */
export const redHatOpenshiftRules = [
  prefixed({ id: 'openshift-user-token', provider: 'Red Hat OpenShift', description: 'OpenShift OAuth user/access token (sha256~)', prefix: 'sha256~', body: '[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43), rotate: { url: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html', how: 'Revoke it in Red Hat OpenShift’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.openshift.com/container-platform/latest/authentication/configuring-oauth-clients.html' }),
];
