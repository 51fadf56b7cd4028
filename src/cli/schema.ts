/** `workreport schema [name]`: print JSON Schemas generated from the zod schemas. */
import { UsageError } from './errors.js';

export async function runSchema(name: string | undefined): Promise<number> {
  const { jsonSchemas } = await import('../schemas/index.js');
  const all = jsonSchemas();
  if (name === undefined) {
    process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    return 0;
  }
  const one = all[name];
  if (!one) throw new UsageError(`unknown schema "${name}": expected one of ${Object.keys(all).join(', ')}`);
  process.stdout.write(`${JSON.stringify(one, null, 2)}\n`);
  return 0;
}
