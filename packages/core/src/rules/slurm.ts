import { ALNUM, defineRule, gen } from './define.js';
import { isPasswordValue } from './generic.js';

/** Slurm credentials. */
export const slurmRules = [
  defineRule({
    id: 'slurm-storage-password',
    provider: 'Slurm',
    description: 'Password of the Slurm accounting database (StoragePass= in slurmdbd.conf, AccountingStoragePass= in slurm.conf)',
    keywords: ['storagepass'],
    pattern: /^[ \t]*(?:Accounting)?StoragePass[ \t]*=[ \t]*(\S{6,128})[ \t]*\r?$/m,
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://slurm.schedmd.com/slurmdbd.conf.html', how: 'Change the database user’s password, update StoragePass (readable by SlurmUser only) and restart slurmdbd.' },
    docs: 'https://slurm.schedmd.com/slurmdbd.conf.html#OPT_StoragePass',
    sample: gen('StorageType=accounting_storage/mysql\nStorageUser=slurm\nStoragePass=', [ALNUM, 14], '!\n'),
    negatives: ['StoragePass=${SLURMDB_PASSWORD}', 'StorageType=accounting_storage/mysql'],
  }),
];
