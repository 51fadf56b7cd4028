/**
 * A `node --import` module that counts, at exit, the nodejieba files loaded (native addons and CommonJS
 * modules) and prints `PROBE <n>` on stderr: fast commands (check, outline) must print `PROBE 0`.
 */
export const JIEBA_PROBE = `data:text/javascript,${encodeURIComponent(`
  import { createRequire } from 'node:module';
  const cache = createRequire(process.cwd() + '/').cache;
  const natives = [];
  const dlopen = process.dlopen;
  process.dlopen = function (module, filename, ...rest) { natives.push(filename); return dlopen.call(this, module, filename, ...rest); };
  process.on('exit', () => {
    const jieba = [...natives, ...Object.keys(cache)].filter((p) => p.includes('nodejieba'));
    process.stderr.write('PROBE ' + jieba.length + '\\n');
  });`)}`;
