/**
 * The one message catalogue of the interface, in Chinese and English (`zh.ts`, `en.ts`, keyed alike), and
 * the language it speaks. Every message a user reads — help texts, summary lines, errors — is built here by
 * `t(key, params)`; findings' messages are Chinese in both languages and live with their rules.
 *
 * The language follows the locale as gettext reads it — the first set of LC_ALL, LC_MESSAGES, LANG; Chinese
 * when it starts with `zh` — unless `setLanguage` (the CLI's `--lang zh|en`) chose one.
 *
 * ok: t('stylish.clean', { files: plural('count.file', 3) }) → '✔ 3 个文件未发现问题' (zh) · '✔ 3 files, no problems' (en)
 */
import { en, type MessageKey } from './en.js';
import { zh } from './zh.js';

export type { MessageKey } from './en.js';
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { zh, en };

let chosen: Language | undefined;

/** The language of a locale environment: the first set of LC_ALL, LC_MESSAGES, LANG; `zh…` → zh, else en. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** Speak `lang` from now on (`undefined`: follow the locale again). */
export function setLanguage(lang: Language | undefined): void {
  chosen = lang;
}

/** The language messages are written in. */
export function language(): Language {
  return chosen ?? languageFromEnv();
}

/** Whether `value` names a language of the catalogue. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The message `key` with each `{name}` replaced by `params.name` (a placeholder without a param stays as written). */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, lang: Language = language()): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Keys with a plural form: `count.file` for `count.file.one` / `count.file.other`. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** `{count} file(s)` in the language's plural form (English: one for 1, other for the rest; Chinese: one form). */
export function plural(base: PluralBase, count: number, lang: Language = language()): string {
  const form = lang === 'en' && count === 1 ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { count }, lang);
}

/**
 * A message kept as data — a catalogue key and its parameters, a parameter possibly itself a message — so that
 * one record can be written in English into an output (errors.csv: an output must not depend on the locale) and
 * in the interface language onto stderr. The reasons a file was passed over or could not be read are these.
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Message>>;
}

/** `message` written in `lang` (default: the interface language), its nested messages too. */
export function render(message: Message, lang: Language = language()): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = typeof value === 'object' ? render(value, lang) : value;
  return t(message.key, params, lang);
}

/** An error whose reason is a `Message`: its `message` is the English text (what outputs record). */
export class MessageError extends Error {
  constructor(readonly reason: Message) {
    super(render(reason, 'en'));
  }
}

/** What a failure says in `lang`: its `reason` when it has one, else the text it carries (a library's, in English). */
export function reasonText(failure: { message: string; reason?: Message | undefined }, lang: Language = language()): string {
  return failure.reason === undefined ? failure.message : render(failure.reason, lang);
}

/** The system errors a user meets when naming a file, by code: said in words, the code kept for a search. */
const SYSTEM_ERRORS = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP'] as const;

/**
 * Why a file could not be read, for a message on stderr: `no such file or folder (ENOENT)` rather than the bare code;
 * an error without a known code gives its code or message.
 */
export function systemReason(e: unknown, lang: Language = language()): string {
  const err = e as Partial<NodeJS.ErrnoException> | undefined;
  const code = err?.code;
  if (code !== undefined && (SYSTEM_ERRORS as readonly string[]).includes(code)) {
    return `${t(`system.${code as (typeof SYSTEM_ERRORS)[number]}`, {}, lang)} (${code})`;
  }
  return code ?? err?.message ?? String(e);
}

/**
 * Why a regular expression does not compile, without the engine's restatement of it (`Invalid regular expression:
 * /AB[/gu: Unterminated character class` → `Unterminated character class`): that shows flags the user never wrote.
 */
export function regexReason(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  return message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
}
