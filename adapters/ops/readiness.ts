/**
 * What /readyz reports: named checks, each a function read at request time
 * (the corpus, the index, each configured platform), so a platform that
 * stops turns the bot unready at once.
 */
import type { Engine } from '../../src/engine.ts';
import type { Platform } from '../platform.ts';

export type Checks = Readonly<Record<string, () => boolean>>;

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, boolean>>;
  readonly failing: readonly string[];
}

export function evaluate(checks: Checks): ReadinessReport {
  const results = Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, safely(check)]));
  const failing = Object.keys(results).filter((name) => !results[name]);
  return { ready: failing.length === 0, checks: results, failing };
}

/** The corpus is loaded and its index built. */
export function engineChecks(engine: Engine): Checks {
  return {
    corpus: () => engine.knowledge.articles.length > 0,
    index: () => engine.knowledge.index.size > 0,
  };
}

/**
 * One check per configured platform: it fails until the platform has started
 * (it is not in `started` yet) and after it stops. A platform without
 * ready() counts as ready once started.
 */
export function platformChecks(names: readonly Platform['name'][], started: readonly Platform[]): Checks {
  return Object.fromEntries(
    names.map((name) => [name, () => started.some((p) => p.name === name && (p.ready?.() ?? true))]),
  );
}

// A throwing check is a failing check, not a failing endpoint.
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
