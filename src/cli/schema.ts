/** `workreport schema [name]`: print JSON Schemas generated from the zod schemas. */
import { UsageError } from './errors.js';
import { t } from '../messages/index.js';
import { writeStdout } from './stdout.js';

export async function runSchema(name: string | undefined): Promise<number> {
  const { jsonSchemas } = await import('../schemas/index.js');
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
