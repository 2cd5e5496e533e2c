import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

// How far back the object that opened "RegisteredUsers" may start.
const OBJECT_REACH = 2000;

/** Orthanc (DICOM server): the passwords of its registered users. */
export const orthancRules = [
  defineRule({
    id: 'orthanc-registered-user-password',
    provider: 'Orthanc',
    description: "Password of a user in Orthanc's RegisteredUsers (orthanc.json, or the ORTHANC__REGISTERED_USERS variable of the Docker images): { \"user\": \"password\" }",
    keywords: ['registeredusers', 'registered_users'],
    span: 'near',
    window: { before: 40, after: OBJECT_REACH },
    // Each "user": "password" pair in the object that follows the name; the pattern runs through
    // the window, and accept keeps the pairs inside that object.
    pattern: /"([^"\\\r\n]{1,64})"[ \t]*:[ \t]*"([^"\\\r\n]{6,128})"/,
    secretGroup: 2,
    accept: (m, text, at) => {
      const from = Math.max(0, at - OBJECT_REACH);
      const before = text.slice(from, at);
      const name = Math.max(before.lastIndexOf('RegisteredUsers'), before.lastIndexOf('REGISTERED_USERS'));
      if (name === -1) return false;
      // Inside the object opened after the name: one "{" and no "}" between.
      const between = before.slice(name);
      const open = between.indexOf('{');
      if (open === -1 || between.indexOf('}', open) !== -1 || between.indexOf('{', open + 1) !== -1) return false;
      return isUsablePassword(m[2] ?? '');
    },
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://orthanc.uclouvain.be/book/users/configuration.html', how: "Change the user's password in RegisteredUsers (or move users to an authorization plugin), restart Orthanc, and keep the configuration file out of the repository." },
    docs: 'https://orthanc.uclouvain.be/book/users/configuration.html',
    sample: (g) => `{\n  "AuthenticationEnabled": true,\n  "RegisteredUsers": {\n    "viewer": "${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}"\n  }\n}`,
    negatives: ['{\n  "RegisteredUsers": {\n    "alice": "alicePassword"\n  }\n}', '"RegisteredUsers": {},\n"Name": "orthanc-production-node"', '"RegisteredUsers": { "admin": "${ORTHANC_ADMIN_PASSWORD}" }'],
  }),
];
