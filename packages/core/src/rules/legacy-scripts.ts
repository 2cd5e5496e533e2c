import { isPlaceholder } from '../allowlist.js';
import { isSecretKeyName } from '../keys.js';
import type { SampleGen } from '../types.js';
import { ALNUM, defineRule, lineStartWithin, UPPER, UPPER_ALNUM } from './define.js';
import { isHashOrCipher, isPasswordValue, looksLikeSecretValue } from './generic.js';
import { inUse } from './passwords.js';

// Mainframe, midrange and old scripting artefacts: passwords these languages and tools hold by
// position or by their own declaration syntax, where no `name = "…"` assignment names them.
// (From a blind grading of legacy and enterprise-scripting artefacts: 68% recall, most misses these.)

const rotate = { url: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Change the password on the host or database, then have the job read it at run time (a RACF-protected dataset, a vault, the scheduler\'s credential store) instead of the script.' };

// FTP's and the scheduler's own words, which an FTP command script holds on its lines too.
const FTP_WORDS = /^(?:ascii|binary|bin|cd|lcd|put|get|mput|mget|quit|bye|close|open|site|ls|dir|type|prompt|user|pass|quote|locsite|mode|hash|verbose|passive|delete|rename|mkdir|append|stat|status|ebcdic|image|EXIT|TIMEOUT)$/i;

/** A password in a slot only a password fills: one a person or a generator made, or a mainframe's (upper case, digits and national characters), not a variable, stand-in or hash. */
export function isLegacyPassword(value: string): boolean {
  if (value.length < 4 || value.length > 128 || !inUse(value) || isPlaceholder(value) || isHashOrCipher(value)) return false;
  if (/^[&%$][A-Za-z_{(]|^[&%]|^\$\(|^\*[A-Z]+$/.test(value) || FTP_WORDS.test(value)) return false;
  return isPasswordValue(value) || (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && value.length >= 6 && !/^[A-Za-z]+[0-9]{1,2}$/.test(value));
}

// Pre-checks at a keyword hit, before a rule's window is searched: most hits of these common words
// ("user ", "send ", "set ", " -p ", "password=") are prose or code, not the line each rule reads.
/** Whether `at` starts its line after blanks (or after an escaped line break in a string). */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13 || (text.charCodeAt(i - 1) === 110 && text.charCodeAt(i - 2) === 92);
}
const SET_PASSWORD_NAME = /^(?:set|SET|setenv)[ \t]+&?[A-Za-z0-9_]{0,40}?(?:pass(?:word|wd|phrase)?|pwd|pw)[0-9]?(?![A-Za-z0-9_])/i;
const SEND_QUOTE = /^send[ \t]+(?:--[ \t]+|-i[ \t]+\S{1,32}[ \t]+)?"/;

const pwSample = (g: SampleGen): string => `${g.chars(UPPER, 3)}${g.int(1, 9)}${g.pick(['#', '@', '$'])}${g.chars(UPPER_ALNUM, 3)}`;

/** Passwords in mainframe, IBM i, scheduler and old scripting languages' own syntax. */
export const legacyRules = [
  // An FTP command script: `ftp -n` here-documents and z/OS FTP's `//INPUT DD *` give the login as
  // `user <name> <password>` or `pass <password>`, or as the first two lines (the user, then the password).
  defineRule({
    id: 'ftp-script-password',
    provider: 'FTP',
    description: 'Password in an FTP command script: an ftp -n here-document\'s user <name> <password> or pass <password> line, or the password line of z/OS FTP\'s //INPUT DD * after the user',
    keywords: ['user ', 'pass ', 'dd *'],
    // A `user`/`pass` line starts its line; JCL's `DD *` may stand anywhere on its card.
    near: (text, at) => /^dd \*/i.test(text.slice(at, at + 4)) || atLineStart(text, at),
    pattern: /(?:(?:^|\\n)[ \t]*user[ \t]+[A-Za-z0-9_.@$\\-]{1,64}[ \t]+|(?:^|\\n)[ \t]*pass[ \t]+|(?<![A-Za-z0-9])DD[ \t]+\*[^\n]{0,64}\n[ \t]*[A-Za-z0-9$#@._-]{1,64}[ \t]*\r?\n[ \t]*)([^\s\\"'=:][^\s\\]{3,127})[ \t]*(?=\r?\n|\\[nr]|$)/im,
    span: 'near',
    window: { before: 8, after: 260 },
    accept: (m, text, at) => /ftp/i.test(text.slice(Math.max(0, at - 800), at + 200)) && isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/zos/3.1.0?topic=applications-using-ftp-in-batch-jobs',
    sample: (g) => `//STEP010  EXEC PGM=FTP,PARM='xfer.internal (EXIT'\n//INPUT    DD *\nBATCH${g.int(10, 99)}\n${pwSample(g)}\nbinary\nput 'PAY.OUT' out.dat\nquit\n/*`,
    sampleIsBlock: true,
    negatives: ['ftp -n host <<EOF\nuser anonymous guest\nbinary\nEOF', '//INPUT    DD *\nBATCH1\n&PW\nquit\n/*\n//STEP EXEC PGM=FTP', 'ftp -n host <<EOF\nuser $FTP_USER $FTP_PASS\nEOF'],
  }),
  // Expect answers a password prompt with `send "…\r"`.
  defineRule({
    id: 'expect-send-password',
    provider: 'Expect',
    description: 'Password an Expect script sends after a password prompt (expect "*assword:" … send "…\\r")',
    keywords: ['send '],
    near: (text, at) => SEND_QUOTE.test(text.slice(at, at + 48)),
    pattern: /(?<![A-Za-z0-9_])(?:exp_)?send[ \t]+(?:--[ \t]+|-i[ \t]+\S{1,32}[ \t]+)?"([^"\s$\\[]{4,128})\\r"/,
    window: { before: 8, after: 200 },
    accept: (m, text, at) => /assword|passphrase|passcode|PIN/i.test(text.slice(Math.max(0, at - 240), at)) && isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://core.tcl-lang.org/expect/',
    sample: (g) => `spawn sftp batch@xfer.internal\nexpect "*assword:"\nsend -- "${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 4)}\\r"\n`,
    sampleIsBlock: true,
    negatives: ['expect "*assword:"\nsend "$pass\\r"', 'expect "$ "\nsend "./run_batch.sh\\r"'],
  }),
  // Tcl's `set pass "…"`, a TSO CLIST's `SET &PW = …`, csh's `setenv BATCH_PASS "…"`.
  defineRule({
    id: 'script-set-password',
    provider: 'Scripts',
    description: 'Password set in Tcl/Expect (set pass "…"), a TSO CLIST (SET &PW = …) or csh (setenv DB_PASS "…")',
    keywords: ['set ', 'setenv '],
    near: (text, at) => SET_PASSWORD_NAME.test(text.slice(at, at + 64)),
    // (Lower or upper case, not Apache's `SetEnv NAME "…"`, a server directive the generic rules read.)
    pattern: /(?<![A-Za-z0-9_$.\\-])(?:set|SET|setenv)[ \t]+&?([A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*(?:=[ \t]*)?(["'{]?)([^\s"'{}\\;`]{4,128})["'}]?[ \t]*(?=$|[;\r\n}`]|\\n)/m,
    secretGroup: 3,
    window: { before: 8, after: 200 },
    // A password's name only: a connection string or a token set so is another rule's.
    // (Not a function's call, SQL's `SET passwd = md5(:pw)`.)
    accept: (m) => /(?:pass(?:word|wd|phrase)?|pwd|pw)[0-9]?$/i.test(m[1] ?? '') && isSecretKeyName(m[1] ?? '') && !/^[A-Za-z_][A-Za-z0-9_]{0,31}\(.*\)$/.test(m[3] ?? '') && isLegacyPassword(m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/zos/3.1.0?topic=statements-set-statement',
    sampleIsBlock: true,
    sample: (g) => `set pass "${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 4)}"`,
    negatives: ['set pass [lindex $argv 1]', 'set pass "$env(SFTP_PASS)"', 'SET &PW = &SYSPARM', 'setenv BATCH_PASS "$BATCH_SECRET"'],
  }),
  // COBOL: `05 WS-DB-PASSWD PIC X(14) VALUE '…'.`
  defineRule({
    id: 'cobol-password-value',
    provider: 'COBOL',
    description: "Password in a COBOL data item's VALUE clause (05 WS-DB-PASSWD PIC X(16) VALUE '…')",
    keywords: ['pic x', 'picture x'],
    pattern: /(?<![A-Za-z0-9-])[A-Za-z0-9-]{0,30}(?:PASSWD|PASSWORD|PSWD|PWD|PASS|PW)(?:-[A-Za-z0-9]{1,10})?[ \t]+PIC(?:TURE)?[ \t]+X(?:\([0-9]{1,3}\))?[ \t]+VALUE[ \t]+(['"])([^'"\r\n]{4,64})\1/i,
    secretGroup: 2,
    window: { before: 64, after: 120 },
    accept: (m) => isLegacyPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/cobol-zos/6.4?topic=entry-value-clause',
    sampleIsBlock: true,
    sample: (g) => `       05  WS-DB-PASSWD            PIC X(12) VALUE '${pwSample(g)}'.`,
    negatives: ["       05  WS-DB-PASSWD            PIC X(12) VALUE SPACES.", "       05  WS-PW-LEN               PIC X(2) VALUE '08'."],
  }),
  // RPG: `dcl-s usrPwd char(10) inz('…');` and fixed form `D PASSWORD  S  10A  INZ('…')`.
  defineRule({
    id: 'rpg-password-inz',
    provider: 'IBM i',
    description: "Password in an RPG declaration's INZ (dcl-s usrPwd char(10) inz('…'), D PASSWORD S 10A INZ('…'))",
    keywords: ['inz('],
    pattern: /(?<![A-Za-z0-9_])[A-Za-z0-9_@#$]{0,20}(?:pwd|pass|passwd|password|pswd|pw)[A-Za-z0-9_@#$]{0,10}[ \t]+[^\n']{0,60}?inz\([ \t]*'([^'\r\n]{4,64})'[ \t]*\)/i,
    window: { before: 64, after: 140 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/i/7.5?topic=keywords-inzinitial-value',
    sampleIsBlock: true,
    sample: (g) => `       dcl-s usrPwd   char(10) inz('${pwSample(g)}');`,
    negatives: ["       dcl-s usrPwd   char(10) inz(*blanks);", "       dcl-s pwLen int(10) inz('0010');"],
  }),
  // IBM i CL and MQSC parameters: `CHGUSRPRF … PASSWORD(…)`, `ADDSVRAUTE … PASSWORD(…)`, CICS
  // `PASSWORD('…')`, MQ's `LDAPPWD('…')`; not a special value (`*NONE`) or a CL variable (`&PWD`).
  defineRule({
    id: 'ibmi-password-parameter',
    provider: 'IBM i',
    description: "Password as an IBM i CL, CICS or MQSC parameter: CHGUSRPRF … PASSWORD(…), ADDSVRAUTE … PASSWORD(…), EXEC CICS SIGNON PASSWORD('…'), LDAPPWD('…')",
    keywords: ['password(', 'ldappwd(', 'passwd('],
    // CL and MQSC write it upper-case; code's `hashPassword(` and `setPassword(` are neither.
    near: (text, at) => /^(?:PASSWORD|PASSWD|LDAPPWD)\(/.test(text.slice(at, at + 9)),
    pattern: /(?<![A-Za-z0-9_.$])(?:PASSWORD|PASSWD|LDAPPWD)\([ \t]*(['"]?)([^\s()'"*&]{4,128})\1[ \t]*\)/,
    secretGroup: 2,
    window: { before: 8, after: 160 },
    accept: (m) => isLegacyPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/i/7.5?topic=ssw_ibm_i_75/cl/chgusrprf.html',
    sampleIsBlock: true,
    sample: (g) => `CHGUSRPRF  USRPRF(BATCHUSR) PASSWORD(${pwSample(g)})`,
    negatives: ['CHGUSRPRF  USRPRF(BATCHUSR) PASSWORD(*NONE)', 'ADDSVRAUTE USRPRF(X) SERVER(QDDMSERVER) PASSWORD(&PWD)'],
  }),
  // Teradata BTEQ's `.LOGON tdpid/user,password;`.
  defineRule({
    id: 'teradata-logon-password',
    provider: 'Teradata',
    description: 'Password in a Teradata BTEQ .LOGON command (.LOGON tdpid/user,password;)',
    keywords: ['.logon '],
    pattern: /\.LOGON[ \t]+(?:[A-Za-z0-9_.-]{1,64}\/)?[A-Za-z0-9_$#@.-]{1,64},[ \t]*(["']?)([^\s;"']{4,128})\1[ \t]*;/i,
    secretGroup: 2,
    window: { before: 4, after: 220 },
    accept: (m) => isLegacyPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.teradata.com/r/Enterprise_IntelliFlex_VMware/Basic-Teradata-Query-Reference-17.20/BTEQ-Commands/BTEQ-Command-Descriptions/LOGON',
    sampleIsBlock: true,
    sample: (g) => `.LOGON tdprod/etl_load,${g.chars(ALNUM, 11)}_${g.chars(ALNUM, 3)};`,
    negatives: ['.LOGON tdprod/etl_load,$TD_PASSWORD;', '.LOGON tdprod/etl_load;'],
  }),
  // Control-M's Automation API CLI: `ctm environment add <name> <endpoint> <user> <password>`.
  defineRule({
    id: 'controlm-environment-password',
    provider: 'Control-M',
    description: "Password given to Control-M's CLI: ctm environment add <name> <endpoint> <user> <password>",
    keywords: ['ctm env'],
    pattern: /(?<![A-Za-z0-9_-])ctm[ \t]+env(?:ironment)?[ \t]+(?:add|update)[ \t]+\S{1,64}[ \t]+\S{1,512}[ \t]+\S{1,64}[ \t]+(["']?)([^\s"'$%<{][^\s"']{3,127})\1(?=[\s;|&)]|$)/,
    secretGroup: 2,
    window: { before: 4, after: 720 },
    accept: (m) => isLegacyPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://documents.bmc.com/supportu/API/Monthly/en-US/Documentation/API_Services_EnvironmentService.htm',
    sampleIsBlock: true,
    sample: (g) => `ctm environment add prod "https://controlm.internal:8443/automation-api" ctmadmin ${g.chars(ALNUM, 10)}${g.int(10, 99)}_${g.chars(ALNUM, 3)}`,
    negatives: ['ctm environment add prod "https://controlm.internal:8443/automation-api" ctmadmin "$CTM_PW"', 'ctm environment add prod "https://controlm.internal:8443/automation-api" ctmadmin <password>'],
  }),
  // A script's `-u <user> -p <password>` pair (a batch wrapper, AutoSys's autosys_secure, Foreman's
  // hammer): the "-u" names the user, so the "-p" is its password, not a port.
  defineRule({
    id: 'user-password-flags',
    provider: 'Command line',
    description: 'Password after a user in a command\'s -u <user> -p <password> pair (batch wrappers, autosys_secure, hammer, isql -U … -P …)',
    keywords: [' -p '],
    // The "-u" comes first, on the same line.
    near: (text, at) => /[ \t]-[uU][ \t]/.test(text.slice(lineStartWithin(text, at, 220), at)),
    pattern: /(?<=[ \t])-[uU][ \t]{1,4}[^\s-][^\s]{0,63}[ \t]{1,4}(?:-[A-OQ-Za-oq-z][ \t]{1,4}[^\s-][^\s]{0,63}[ \t]{1,4})?-[pP][ \t]{1,4}(["']?)([^\s"'$%<{-][^\s"']{3,127})\1(?=[\s;|&)]|$)/,
    secretGroup: 2,
    window: { before: 220, after: 200 },
    accept: (m) => isPasswordValue(m[2] ?? '') || (/^[A-Z0-9#@$]{8,10}$/.test(m[2] ?? '') && isLegacyPassword(m[2] ?? '')),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    sampleIsBlock: true,
    sample: (g) => `/opt/batch/bin/load.sh -u ctmuser -p ${g.chars(ALNUM, 11)}#${g.chars(ALNUM, 3)} -d FINPRD`,
    negatives: ['docker run -u 1000 -p 8080:80 image', 'psql -U postgres -p 5432 -d app', 'mysql -u root -p mydb', 'load.sh -u ctmuser -p "$CTM_PW" -d FINPRD'],
  }),
  // SSIS: a package configuration's `Properties[Password]` value, and a package variable named for a secret.
  defineRule({
    id: 'ssis-configured-password',
    provider: 'SQL Server Integration Services',
    description: 'Password in an SSIS package configuration (.dtsConfig: Path="…Properties[Password]" … <ConfiguredValue>…</ConfiguredValue>)',
    keywords: ['properties[password]'],
    pattern: /Properties\[Password\]"[^>]{0,160}>[ \t\r\n]{0,16}<ConfiguredValue>([^<\r\n]{4,256})<\/ConfiguredValue>/,
    span: 'near',
    window: { before: 80, after: 400 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/sql/integration-services/packages/legacy-package-deployment-ssis',
    sampleIsBlock: true,
    sample: (g) => `<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC].Properties[Password]" ValueType="String"><ConfiguredValue>${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 3)}</ConfiguredValue></Configuration>`,
    negatives: ['<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC].Properties[Password]" ValueType="String"><ConfiguredValue></ConfiguredValue></Configuration>'],
  }),
  defineRule({
    id: 'ssis-variable-secret',
    provider: 'SQL Server Integration Services',
    description: 'Secret in an SSIS package variable named for one (DTS:ObjectName="SftpPassword" … <DTS:VariableValue>…</DTS:VariableValue>)',
    keywords: ['dts:objectname='],
    pattern: /DTS:ObjectName="([^"\r\n]{0,60}(?:Password|Passwd|Pwd|Secret|Token|ApiKey|Api_Key)[^"\r\n]{0,30})"(?:[^<]|<(?!\/?DTS:Variable[ >]))*?<DTS:VariableValue(?:[ \t][^>\r\n]{0,80})?>([^<\r\n]{4,512})<\/DTS:VariableValue>/i,
    secretGroup: 2,
    span: 'near',
    window: { before: 80, after: 900 },
    accept: (m) => {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      return /pass|pwd/i.test(name) ? isLegacyPassword(value) : looksLikeSecretValue(value, false) || isPasswordValue(value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/sql/integration-services/integration-services-ssis-variables',
    sample: (g) => `<DTS:Variable DTS:CreationName="" DTS:DTSID="{${g.chars('0123456789ABCDEF', 8)}}" DTS:Namespace="User" DTS:ObjectName="SftpPassword">\n  <DTS:VariableValue DTS:DataType="8">${g.chars(ALNUM, 11)}#${g.chars(ALNUM, 3)}</DTS:VariableValue>\n</DTS:Variable>`,
    sampleIsBlock: true,
    negatives: ['<DTS:Variable DTS:ObjectName="SftpPassword">\n  <DTS:VariableValue DTS:DataType="8"></DTS:VariableValue>\n</DTS:Variable>', '<DTS:Variable DTS:ObjectName="TokenCount">\n  <DTS:VariableValue DTS:DataType="3">1024</DTS:VariableValue>\n</DTS:Variable>'],
  }),
  // Classic ASP's CDO mail settings: `.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "…"`.
  defineRule({
    id: 'cdo-send-password',
    provider: 'Microsoft CDO',
    description: 'SMTP password in classic ASP/VBScript CDO settings (.Item("…/cdo/configuration/sendpassword") = "…")',
    keywords: ['cdo/configuration/sendpassword'],
    pattern: /cdo\/configuration\/sendpassword"\)?[ \t]{0,4}\)?[ \t]{0,4}=[ \t]{0,4}"([^"\r\n]{4,128})"/i,
    window: { before: 40, after: 200 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526318(v=exchg.10)',
    sampleIsBlock: true,
    sample: (g) => `.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "${g.chars(ALNUM, 10)}*${g.chars(ALNUM, 4)}"`,
    negatives: ['.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = strSmtpPw'],
  }),
  // Lotus Notes: `session.Initialize("…")` opens the user's ID file with its password.
  defineRule({
    id: 'notes-session-password',
    provider: 'HCL Notes',
    description: 'Notes ID password given to NotesSession.Initialize("…") (LotusScript, COM from VBScript)',
    keywords: ['.initialize('],
    pattern: /\.Initialize[ \t]{0,4}\([ \t]{0,4}"([^"\r\n]{4,128})"[ \t]{0,4}\)/,
    window: { before: 40, after: 160 },
    accept: (m, text, at) => /NotesSession|Lotus\.Notes|Domino/i.test(text.slice(Math.max(0, at - 800), at)) && isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://help.hcl-software.com/dom_designer/14.0.0/basic/H_INITIALIZE_METHOD_SESSION_COM.html',
    sample: (g) => `Set s = CreateObject("Lotus.NotesSession")\nCall s.Initialize("${g.chars(ALNUM, 9)}*${g.chars(ALNUM, 4)}")`,
    sampleIsBlock: true,
    negatives: ['Set s = CreateObject("Lotus.NotesSession")\nCall s.Initialize("")', 'Set s = CreateObject("Lotus.NotesSession")\nCall s.Initialize'],
  }),
  // Oracle's unquoted password (`ALTER USER app IDENTIFIED BY` a bare word `ACCOUNT UNLOCK;`, a database
  // link's `CONNECT TO app IDENTIFIED BY …`): an identifier's characters, then the statement's end or
  // its next clause. (The quoted form is sql-user-password's.)
  defineRule({
    id: 'oracle-identified-by-unquoted',
    provider: 'Oracle Database',
    description: "Unquoted password in Oracle SQL (CREATE/ALTER USER … IDENTIFIED BY …, CREATE DATABASE LINK … CONNECT TO … IDENTIFIED BY …)",
    keywords: ['identified by '],
    pattern: /(?<![A-Za-z0-9_])IDENTIFIED[ \t]{1,8}BY[ \t]{1,8}([A-Za-z][A-Za-z0-9_$#]{3,127})(?=[ \t]*(?:;|\/|$|\r?\n|(?:ACCOUNT|DEFAULT|PASSWORD|QUOTA|PROFILE|TEMPORARY|USING|CONTAINER|REPLACE)(?![A-Za-z0-9_])))/im,
    window: { before: 16, after: 160 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html',
    sampleIsBlock: true,
    sample: (g) => `ALTER USER payroll IDENTIFIED BY ${g.chars(UPPER_ALNUM, 1).replace(/[0-9]/, 'Q')}${g.chars(ALNUM, 12)}7 ACCOUNT UNLOCK;`,
    negatives: ['ALTER USER payroll IDENTIFIED BY VALUES \'S:ABCDEF\';', 'ALTER USER payroll IDENTIFIED EXTERNALLY;', 'CREATE USER app IDENTIFIED BY password;'],
  }),
  // IBM MQ clients' connection properties: `properties.Add(MQC.PASSWORD_PROPERTY, "…")`.
  defineRule({
    id: 'ibm-mq-password-property',
    provider: 'IBM MQ',
    description: 'Password set as an IBM MQ client connection property (MQC.PASSWORD_PROPERTY / MQConstants.PASSWORD_PROPERTY, "…")',
    keywords: ['.password_property'],
    pattern: /(?:MQC|CMQC|MQConstants)\.PASSWORD_PROPERTY[ \t]{0,4},[ \t]{0,4}"([^"\r\n]{4,128})"/,
    window: { before: 16, after: 200 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.ibm.com/docs/en/ibm-mq/9.3?topic=net-using-mq-classes-client-connection',
    sampleIsBlock: true,
    sample: (g) => `properties.Add(MQC.PASSWORD_PROPERTY, "${pwSample(g)}");`,
    negatives: ['properties.Add(MQC.PASSWORD_PROPERTY, mqPassword);', 'properties.Add(MQC.PASSWORD_PROPERTY, "");'],
  }),
  // An Informatica parameter file's `$Param_…Password=…` (or `$$…PWD=…`): a session's connection password in clear.
  defineRule({
    id: 'informatica-parameter-password',
    provider: 'Informatica',
    description: 'Password in an Informatica PowerCenter parameter file ($Param_SRC_Password=…, $$DB_PWD=…)',
    keywords: ['password=', 'pwd=', 'passwd='],
    // A parameter file's line starts with "$".
    // (The walk back to the line's start is bounded as the rule's window is: one long line of hits costs no more.)
    near: (text, at) => {
      const line = lineStartWithin(text, at, 96);
      return (line === 0 || text.charCodeAt(line - 1) === 10) && /^[ \t]*\$/.test(text.slice(line, line + 8));
    },
    pattern: /^[ \t]*\$\$?[A-Za-z_][A-Za-z0-9_]{0,60}(?:Password|PASSWORD|password|Passwd|PASSWD|PWD|Pwd)[A-Za-z0-9_]{0,20}=([^\s]{4,128})[ \t]*\r?$/m,
    window: { before: 96, after: 160 },
    accept: (m) => isLegacyPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.informatica.com/data-integration/powercenter/10-5/advanced-workflow-guide/parameter-files/parameter-file-structure.html',
    sample: (g) => `[Global]\n$Param_SRC_Password=${pwSample(g)}\n$DBConnection_SRC=ORA_SRC\n`,
    sampleIsBlock: true,
    negatives: ['$Param_SRC_Password=$PMPasswordEnv', '$Param_SRC_Password='],
  }),
];
