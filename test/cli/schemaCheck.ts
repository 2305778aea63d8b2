/**
 * The JSON Schemas of the command line's outputs (schemas/*.json), compiled once with ajv, and an
 * assertion that fails with ajv's own account of what does not match.
 */
import Ajv2020 from 'ajv/dist/2020';
import fs from 'fs';
import path from 'path';
import { ROOT } from './cliHarness';

export type SchemaName = 'validate' | 'review' | 'plan-config';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
for (const name of ['plan-config', 'validate', 'review'] as const) {
  const file = path.join(ROOT, 'schemas', `${name}.schema.json`);
  ajv.addSchema(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
}

/** Fails the test when `value` does not match `schemas/<name>.schema.json`. */
export function expectSchema(name: SchemaName, value: unknown): void {
  const validate = ajv.getSchema(`https://improvement-plan/schemas/${name}.schema.json`)!;
  if (!validate(value)) {
    throw new Error(
      `does not match schemas/${name}.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`,
    );
  }
}
