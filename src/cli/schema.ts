/**
 * `workreport schema [name]`: print JSON Schemas generated from the zod schemas (all, or one by name);
 * `--list`: the names, each with what it describes, from the registry of outputs.
 */
import { UsageError } from './errors.js';
import { t } from '../messages/index.js';
import { writeStdout } from './stdout.js';

export async function runSchema(name: string | undefined, options: { list?: boolean } = {}): Promise<number> {
  const { jsonSchemas, schemaList } = await import('../schemas/index.js');
  if (options.list === true) {
    writeStdout(schemaList().map(([n, purpose]) => `${n}\t${purpose}\n`).join(''));
    return 0;
  }
  const all = jsonSchemas();
  if (name === undefined) {
    writeStdout(`${JSON.stringify(all, null, 2)}\n`);
    return 0;
  }
  const one = all[name];
  if (!one) throw new UsageError(t('error.unknownSchema', { name, allowed: Object.keys(all).join(', ') }));
  writeStdout(`${JSON.stringify(one, null, 2)}\n`);
  return 0;
}
