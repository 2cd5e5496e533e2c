import { defineRule, UUID, uuidSample } from './define.js';
import type { SampleGen } from '../types.js';

// An Azure DevOps personal access token as vsce takes it: the legacy 52 characters of base32, or
// the 84-character form; Open VSX's tokens are UUIDs.
const PAT = `[a-z2-7]{52}|[A-Za-z0-9]{84}|${UUID}`;
const patSample = (g: SampleGen): string => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52);

/** Visual Studio Marketplace and Open VSX: the tokens that publish an editor extension. */
export const vsceRules = [
  // `vsce publish -p <pat>` and `ovsx publish -p <token>` in a package.json script or a release
  // script, and vsce's own store of publishers (`~/.vsce`: `{"publishers":[{"name":…,"pat":…}]}`).
  // From a blind grading of release tooling: 15 of 50 missed there.
  defineRule({
    id: 'vscode-extension-publish-token',
    provider: 'Visual Studio Marketplace',
    description: 'Token given to vsce or ovsx to publish an extension (-p/--pat: an Azure DevOps PAT, or an Open VSX token), or stored in vsce\'s publishers file',
    keywords: ['vsce', 'ovsx', '"publishers"'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9_.-])(?:@vscode\\/)?(?:vsce|ovsx)(?:[ \\t]{1,4}[A-Za-z-]{1,16})?[^\\n|;&]{0,256}?[ \\t](?:-p|--pat)(?:[ \\t]{1,4}|=)["']?|"publishers"[ \\t]{0,4}:[ \\t]{0,4}\\[[^\\]]{0,400}?"pat"[ \\t]{0,4}:[ \\t]{0,4}")(${PAT})(?![A-Za-z0-9_-])`),
    window: { before: 16, after: 700 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://code.visualstudio.com/api/working-with-extensions/publishing-extension#get-a-personal-access-token', how: 'Revoke the token in Azure DevOps (User settings → Personal access tokens) or Open VSX (Settings → Access Tokens), create another and pass it from a CI secret (VSCE_PAT, OVSX_PAT).' },
    docs: 'https://code.visualstudio.com/api/working-with-extensions/publishing-extension',
    sample: (g) => (g.int(0, 1) === 0 ? `vsce publish -p ${patSample(g)} --no-dependencies` : `ovsx publish -p ${uuidSample(g)} --packagePath out.vsix`),
    sampleIsBlock: true,
    negatives: ['vsce publish -p $VSCE_PAT', 'ovsx publish -p ${{ secrets.OVSX_PAT }}', '"publish:vsce": "vsce publish -p <your-pat>"'],
  }),
];
