/**
 * Turns the text Slack sends (a message, a mention, a command's argument)
 * into the plain question the engine reads. Slack delivers it as mrkdwn:
 * `&`, `<`, `>` escaped, mentions and links as `<@U…>`, `<#C…|name>`,
 * `<url|label>`. The bot's own mention is dropped; other references become
 * their readable label, so "<@U1|ana>" does not reach the index as noise.
 */
const REFERENCE = /<([^<>]*)>/g;

export function questionFromSlack(text: string, botUserId?: string): string {
  const plain = text.replace(REFERENCE, (_match, inner: string) => readable(inner, botUserId));
  return unescape(plain).replace(/\s+/g, ' ').trim();
}

function readable(inner: string, botUserId: string | undefined): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return target.slice(1) === botUserId ? ' ' : label ? `@${label}` : ' ';
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  // <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>: keep only a label.
  if (target.startsWith('!')) return label ?? ' ';
  return label ?? target;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
