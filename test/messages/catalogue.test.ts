import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { CATALOGUES, languageFromEnv, MessageError, plural, reasonText, render, systemReason, t, type Message } from '../../src/messages/index.js';
import { zh } from '../../src/messages/zh.js';
import { ROOT } from '../helpers.js';

const placeholders = (s: string) => [...s.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders for a key in both languages', () => {
    const differ = Object.keys(en).filter((k) => {
      const key = k as keyof typeof en;
      return JSON.stringify(placeholders(en[key])) !== JSON.stringify(placeholders(zh[key]));
    });
    expect(differ).toEqual([]);
  });

  it('gives every plural both forms, each with {count}', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const keys = Object.keys(catalogue);
      const bases = new Set(keys.filter((k) => /\.(one|other)$/.test(k)).map((k) => k.replace(/\.(one|other)$/, '')));
      for (const base of bases) {
        expect(keys).toContain(`${base}.one`);
        expect(keys).toContain(`${base}.other`);
        expect(placeholders(catalogue[`${base}.one` as keyof typeof en])).toContain('count');
      }
    }
  });

  it('leaves no message empty, and writes Chinese in the Chinese catalogue', () => {
    expect(Object.entries(en).filter(([, v]) => v.trim() === '')).toEqual([]);
    // Keys whose Chinese may be all ASCII: a title that is only placeholders.
    const latinOnly = Object.entries(zh).filter(([, v]) => !/[\u3000-\u9fff\uff00-\uffef]/.test(v)).map(([k]) => k);
    expect(latinOnly).toEqual([]);
  });
});

describe('t and plural', () => {
  it('fill placeholders and keep the ones without a value', () => {
    expect(t('stylish.clean', { files: plural('count.file', 3, 'zh') }, 'zh')).toBe('✔ 3 个文件未发现问题');
    expect(t('stylish.clean', { files: plural('count.file', 3, 'en') }, 'en')).toBe('✔ 3 files, no problems');
    expect(t('stylish.clean', { files: plural('count.file', 1, 'en') }, 'en')).toBe('✔ 1 file, no problems');
    expect(t('pathPattern.empty', {}, 'en')).toBe("expected a pattern such as '{region}/{year}.md'");
  });

  it('write the summary line in both languages', () => {
    const line = (lang: 'zh' | 'en') => t('stylish.summary', {
      problems: plural('count.problem', 21, lang), errors: plural('count.error', 20, lang), warnings: plural('count.warning', 1, lang),
    }, lang);
    expect(line('en')).toBe('✖ 21 problems (20 errors, 1 warning)');
    expect(line('zh')).toBe('✖ 21 个问题（20 个错误，1 个警告）');
  });
});

describe('a message as data (the reasons a file was not read)', () => {
  const fifo: Message = { key: 'reason.notRegular', params: { kind: { key: 'reason.kind.fifo' } } };

  it('renders a nested message in either language', () => {
    expect(render(fifo, 'en')).toBe('not a regular file but a FIFO (named pipe): expected a .txt, .md or .docx file');
    expect(render(fifo, 'zh')).toBe('不是普通文件，而是命名管道（FIFO）：应为 .txt、.md 或 .docx 文件');
  });

  it('keeps the English text in an error\'s message and the reason for the interface', () => {
    const e = new MessageError(fifo);
    expect(e.message).toBe(render(fifo, 'en'));
    expect(reasonText(e, 'zh')).toBe(render(fifo, 'zh'));
    expect(reasonText(new Error('EACCES'), 'zh')).toBe('EACCES');
  });
});

describe('languageFromEnv', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG; zh… is Chinese, anything else English', () => {
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
    expect(languageFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.GB18030' })).toBe('zh');
  });
});

/**
 * The words written outside `${…}` in the string or template literal that opens at `text[open]`
 * (escapes such as \\n dropped): what a message says that does not come from the catalogue.
 */
function literalWords(text: string, open: number): string {
  const quote = text[open]!;
  let out = '';
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (depth === 0 && c === quote) return out;
    else if (quote === '`' && depth === 0 && c === '$' && text[i + 1] === '{') (depth = 1), i++;
    else if (depth > 0 && c === '{') depth++;
    else if (depth > 0 && c === '}') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

describe('one catalogue: no interface message built outside it', () => {
  it('every UsageError and InvalidArgumentError message, and every line written to stderr (directly or by say), has its words from t()', async () => {
    const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    const offenders: string[] = [];
    for (const f of files) {
      const text = await readFile(join(ROOT, 'src', f), 'utf8');
      for (const m of text.matchAll(/(?:new (?:UsageError|InvalidArgumentError)|process\.stderr\.write|\bsay)\(\s*([`'"])/g)) {
        // The program's name before a message is not a word to translate.
        const words = literalWords(text, m.index + m[0].length - 1).replace(/^workreport: /, '');
        if (/[A-Za-z\u4e00-\u9fff]/.test(words)) offenders.push(`${f.replaceAll('\\', '/')}: ${words}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('gives commander every description of a command, argument and option from t()', async () => {
    const main = await readFile(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8');
    expect(main.match(/\.description\(\s*['"`]/g)).toBeNull();
    expect(main.match(/\.(?:argument|option|helpOption|helpCommand)\(\s*'[^']*',\s*['"`]/g)).toBeNull();
    expect(main.match(/\.option\(/g)!.length).toBeGreaterThan(20);
  });
});

describe('systemReason', () => {
  it('says a system error in words, in the language asked, with its code kept', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(systemReason(missing, 'en')).toBe('no such file or folder (ENOENT)');
    expect(systemReason(missing, 'zh')).toBe('文件或文件夹不存在 (ENOENT)');
    expect(systemReason(Object.assign(new Error('x'), { code: 'EISDIR' }), 'en')).toBe('it is a folder, not a file (EISDIR)');
    // A code without words of its own stays as it is; an error without a code gives its message.
    expect(systemReason(Object.assign(new Error('i/o'), { code: 'EIO' }), 'en')).toBe('EIO');
    expect(systemReason(new Error('too large'), 'en')).toBe('too large');
  });
});
