/**
 * One filter engine per operations array (filter-engine.ts), built on first use, or ahead of it across tasks so
 * that a large dataset's first filter does not build it in one long task.
 */
import { buildEngine, engineSteps, type Engine } from './filter-engine';
import type { OperationFeature } from './operation-schema';

const engines = new WeakMap<OperationFeature[], Engine>();

/**
 * Builds the engine for an operations array across tasks (`later` runs a function in a later task), so that a
 * large dataset's first filter does not build it in one long task; `engineFor` then finds it built.
 */
export function prepareEngine(ops: OperationFeature[], later: (fn: () => void) => void): Promise<void> {
  if (engines.has(ops)) return Promise.resolve();
  const steps = engineSteps(ops);
  return new Promise((resolve, reject) => {
    const step = () => {
      try {
        const next = steps.next();
        if (!next.done) return later(step);
        if (!engines.has(ops)) engines.set(ops, next.value);
        resolve();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    step();
  });
}

/** The engine for an operations array, built once per array. */
export function engineFor(ops: OperationFeature[]): Engine {
  let e = engines.get(ops);
  // Stryker disable next-line ConditionalExpression: caching only; a rebuilt engine answers the same
  if (!e) engines.set(ops, (e = buildEngine(ops)));
  return e;
}
