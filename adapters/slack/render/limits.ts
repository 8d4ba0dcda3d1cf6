/**
 * Slack's Block Kit limits (see ../shared/PLATFORMS.md). Over any of them
 * `chat.postMessage` fails with `invalid_blocks` and the user gets nothing,
 * so the renderers split or trim to stay inside; the tests check every
 * rendered message against the same numbers.
 */
export const BLOCK_KIT = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3_000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  /** Slack truncates message text beyond 40,000; it asks to keep the fallback well under 4,000. */
  fallbackText: 3_000,
} as const;
