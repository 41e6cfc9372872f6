/** Schema (zod) issues as readable lines for build logs, ingest and data-load errors. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  errors?: readonly (readonly Issue[])[];
}

/**
 * Formats zod issues as `field.path: message` lines. For a value matching neither kind of a union (a source that
 * is neither stored nor cited), the issues of the kind it comes closest to (the fewest issues) are shown.
 */
export function formatIssues(error: { issues: readonly Issue[] }): string[] {
  const flat = (issues: readonly Issue[], prefix: readonly PropertyKey[]): string[] =>
    issues.flatMap((i) => {
      const path = [...prefix, ...i.path];
      if (i.code === 'invalid_union' && i.errors?.length) {
        const closest = [...i.errors].sort((a, b) => a.length - b.length)[0];
        if (closest.length) return flat(closest, path);
      }
      return [`${path.length ? path.map(String).join('.') : '(root)'}: ${i.message}`];
    });
  return flat(error.issues, []);
}
