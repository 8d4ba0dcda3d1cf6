/**
 * The address of one chat on one platform. Chat ids are strings because Slack's
 * are; Telegram's numeric ids are stored as their decimal text.
 */
export interface ChatRef {
  readonly platform: string;
  readonly chatId: string;
}
