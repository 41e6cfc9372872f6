// Types of the generated canonical-feature.js (scripts/gen-canonical-feature.ts).
export declare function validate(data: unknown): boolean;
export default validate;
