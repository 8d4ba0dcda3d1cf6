/**
 * Remembers recently seen ids (Telegram update ids, Slack event ids) so a
 * redelivered update or a retried event is processed once. Bounded: the
 * oldest ids are forgotten first, long after any platform would resend them.
 */
const DEFAULT_CAPACITY = 10_000;

export class SeenIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** True the first time an id is offered, false on every repeat. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
