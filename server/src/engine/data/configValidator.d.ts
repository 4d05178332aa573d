// The type of configValidator.js, which npm run generate:manifests compiles from the schema.
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export default validate;
