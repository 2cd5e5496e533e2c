import { ALNUM, defineRule } from './define.js';

/** Ruby on Rails credentials. */
export const railsRules = [
  // `bin/rails db:encryption:init` prints three 32-character keys for Active Record Encryption,
  // to keep under `active_record_encryption:` in the credentials file (or in ENV as
  // ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY …, or set in code on config.active_record.encryption).
  // The names alone say little (a database's primary key, a salt): the section says what they are.
  defineRule({
    id: 'rails-active-record-encryption-key',
    provider: 'Rails',
    description: 'Rails Active Record Encryption key or salt (primary_key, deterministic_key, key_derivation_salt: 32 characters) under active_record_encryption',
    keywords: ['active_record_encryption', 'active_record.encryption'],
    span: 'near',
    window: { before: 0, after: 600 },
    // The section's key on its own line (raw, CRLF or an escaped line break), or its full name.
    pattern: /(?:active_record[_.]encryption[_.]|(?:^|\n|\\n)[ \t]{1,8})(?:primary_key|deterministic_key|key_derivation_salt)["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])/i,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://guides.rubyonrails.org/active_record_encryption.html#rotating-keys', how: 'Run bin/rails db:encryption:init for a new key, list the old one as a previous key until data is re-encrypted, and update the credentials.' },
    docs: 'https://guides.rubyonrails.org/active_record_encryption.html#setup',
    sample: (g) => `active_record_encryption:\n  primary_key: ${g.chars(ALNUM, 32)}\n  deterministic_key: ${g.chars(ALNUM, 32)}\n  key_derivation_salt: ${g.chars(ALNUM, 32)}`,
    sampleIsBlock: true,
    negatives: ['active_record_encryption:\n  primary_key: <%= ENV["AR_PRIMARY_KEY"] %>\n', 'config.active_record.encryption.primary_key = ENV.fetch("AR_PRIMARY_KEY")', 'active_record_encryption:\n  primary_key: your_primary_key_here_32_chars_xx\n'],
  }),
];
