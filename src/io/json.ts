/**
 * Parsing a JSON file a user wrote (config, lexicon), with syntax errors reported where an editor shows them:
 * `file:line:column: not valid JSON: <reason>` (1-based, columns in code points), never a character offset.
 *
 * ok:     '{ "rules": {} }'
 * not ok: '{ "a": 1,, }'  → `x.json:1:11: not valid JSON: Expected double-quoted property name`
 *         '{ "rules": '   → `x.json:1:12: not valid JSON: Unexpected end of JSON input` (the end of the file)
 */
import { UsageError } from '../errors.js';
import { createLocator } from '../document/location.js';
import { t } from '../messages/index.js';

/** Parse `text` (a leading BOM is ignored); a syntax error is a `UsageError` naming `file`, line and column. */
export function parseJsonFile(text: string, file: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (e) {
    const { reason, offset } = explainSyntaxError(json, (e as Error).message);
    const { line, column } = createLocator(json).at(offset);
    throw new UsageError(t('json.invalid', { file, line, column, reason }));
  }
}

/**
 * V8's message without the offset or the quoted text, and where the error is: V8's position when it gives
 * one, the end of the text for an unexpected end, otherwise the first offset `firstErrorOffset` rejects.
 */
function explainSyntaxError(json: string, message: string): { reason: string; offset: number } {
  const at = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (at) return { reason: message.slice(0, at.index), offset: Math.min(Number(at[1]), json.length) };
  if (/end of JSON input/.test(message)) return { reason: message, offset: json.length };
  // "Unexpected token '}', "{"a": tru}" is not valid JSON": V8 gives the text, not the place.
  // The token is shown escaped, so that a line break reads '\n' and the message stays on one line.
  const token = /^Unexpected token '([\s\S]*?)',/.exec(message)?.[1];
  const reason = token === undefined ? message : `Unexpected token '${JSON.stringify(token).slice(1, -1)}'`;
  return { reason, offset: firstErrorOffset(json) ?? json.length };
}

/** The offset of the first character that makes `json` invalid JSON; `undefined` when it is valid. */
export function firstErrorOffset(json: string): number | undefined {
  let i = 0;
  // Thrown (and caught below) at the first offending character, to unwind the recursion in one step.
  const failure = { offset: 0 };
  const fail = (): never => {
    failure.offset = i;
    throw failure;
  };
  const space = () => {
    while (i < json.length && ' \t\n\r'.includes(json[i]!)) i++;
  };
  const expect = (word: string) => {
    for (const c of word) {
      if (json[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    for (;;) {
      const c = json.charCodeAt(i);
      if (i >= json.length || c < 0x20) fail();
      if (c === 0x22) break;
      if (c === 0x5c) {
        i++;
        if (json[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(json.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (json[i] === undefined || !'"\\/bfnrt'.includes(json[i]!)) fail();
      }
      i++;
    }
    i++;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const c = json[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (json[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (json[i] !== '"') fail();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (json[i] === close) return void i++;
        expect(',');
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(json);
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  try {
    value();
    space();
    if (i < json.length) fail();
    return undefined;
  } catch (e) {
    if (e === failure) return Math.min(failure.offset, json.length);
    throw e;
  }
}
