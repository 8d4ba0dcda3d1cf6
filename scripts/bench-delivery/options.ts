/**
 * The command line of `npm run bench:delivery`: how many notifications, the
 * rate scale and the time limit, validated with zod so a bad value stops
 * the run with a clear message.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface DeliveryBenchOptions {
  /** Subscriptions to fan the one article out to: one notification each. */
  readonly notifications: number;
  /** DELIVERY_RATE_SCALE for the worker and the fake alike: 20 → 600 messages a second overall. */
  readonly scale: number;
  /** The run is abandoned (and fails) after this many seconds. */
  readonly timeoutSeconds: number;
}

export const USAGE = 'usage: npm run bench:delivery [-- --notifications 10000] [--scale 20] [--timeout 120]';

const OptionsSchema = z.object({
  notifications: z.coerce.number().int().min(10).max(100_000).default(10_000),
  scale: z.coerce.number().min(0.1).max(100).default(20),
  timeout: z.coerce.number().int().min(1).max(600).default(120),
});

/** Parses the arguments; throws an Error whose message is fit to show the user. */
export function parseOptions(argv: readonly string[]): DeliveryBenchOptions {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { notifications: { type: 'string' }, scale: { type: 'string' }, timeout: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const parsed = OptionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`);
  return { notifications: parsed.data.notifications, scale: parsed.data.scale, timeoutSeconds: parsed.data.timeout };
}
