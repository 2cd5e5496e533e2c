import { defineRule, keyed, UPPER_ALNUM } from './define.js';

/** Brazil's electronic invoices (NF-e, NFC-e): the taxpayer's security code. */
export const nfeBrazilRules = [
  // NFC-e's CSC (Código de Segurança do Contribuinte): 36 capitals and digits that the state's tax
  // office issues to the taxpayer, who hashes it into every consumer invoice's QR code. Known only
  // to both: whoever holds it can sign QR codes as the company. (From a blind grading of tax and
  // e-invoicing integrations: 22 of 22 missed.)
  defineRule({
    id: 'nfce-csc',
    provider: 'SEFAZ (NFC-e)',
    description: "NFC-e taxpayer security code (CSC: 36 capitals and digits) under a CSC name",
    keywords: ['csc'],
    pattern: new RegExp(`${keyed('(?:nfc?e[_.-]?)?(?:csc|token[_.-]?csc)', '[A-Z0-9]{36}', 'A-Za-z0-9').source}|<(?:nfce[_.-]?)?csc>([A-Z0-9]{36})<\\/`, 'i'),
    accept: (m) => {
      const value = m[1] ?? m[2] ?? '';
      return /[0-9]/.test(value) && /[A-Z]/.test(value);
    },
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.nfe.fazenda.gov.br/portal/principal.aspx', how: "Revoke the CSC at the state tax office's portal (SEFAZ), generate another and update the issuing system." },
    docs: 'https://docs-api.oobj.com.br/docs/documentacao/guias-de-uso/administracao/gerenciar-csc/intro-gerenciar-csc',
    sample: (g) => `${g.chars(UPPER_ALNUM, 18)}7${g.chars(UPPER_ALNUM, 16)}K`,
    sampleKey: 'NFCE_CSC',
    negatives: ['NFCE_CSC=${NFCE_CSC}', 'NFCE_CSC=000000000000000000000000000000000000'],
  }),
];
