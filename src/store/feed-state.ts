/**
 * What the poller remembers about one feed between runs: the validators for a
 * conditional GET, and a failure count that eventually disables a dead feed.
 */
export interface FeedState {
  readonly url: string;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  readonly failures: number;
  readonly disabled: boolean;
}
