/**
 * Renders an Answer as a Slack message, formatting the core's walk
 * (src/answer/walk.ts): the headline, the short answer (bold) and the
 * sections as mrkdwn section blocks, the first few sources as context
 * blocks, and the buttons (Share in channel, More sources, and 👍/👎 when
 * the answer is in the question history). Hazard: Slack rejects a whole
 * message over any Block Kit limit, so long sections are split, surplus
 * blocks dropped with a note, and surplus citations moved behind
 * "More sources" — never a failure. The plain `text` fallback is the core's
 * plain renderer, escaped and cut.
 */
import type { types } from '@slack/bolt';
import type { Answer, IntentName } from '../../../src/answer/answer.ts';
import { renderText } from '../../../src/answer/render-text.ts';
import { type Block as WalkedBlock, walkAnswer } from '../../../src/answer/walk.ts';
import { assertNever } from '../../../src/errors.ts';
import { votable } from '../../../src/history/index.ts';
import { ACTION_IDS } from '../action-ids.ts';
import { encodeButton } from '../button-value.ts';
import { phrases } from '../phrases.ts';
import { chunkLines } from './chunk.ts';
import { citationBlock } from './citation.ts';
import { BLOCK_KIT } from './limits.ts';
import { button, section, type Block, type SlackMessage } from './message.ts';
import { escapeMrkdwn, escapeWithin, oneLine, truncate } from './mrkdwn.ts';

/** Citations shown under an answer; the rest wait behind "More sources" so a reply stays readable. */
export const CITATIONS_SHOWN = 5;

// Said instead of nothing: Slack refuses a message without text or blocks.
const EMPTY = '…';

export interface AnswerOptions {
  /** The question as asked: the buttons carry it so their actions can re-ask. Without it, no buttons. */
  readonly question?: string;
  /** The subcommand's intent, when one was asked (`question` is then its topic): the buttons carry it too. */
  readonly intent?: IntentName;
  /** Adds "Share in channel" (for ephemeral answers). */
  readonly share?: boolean;
  /** Extra raw lines after the answer (the Slack command list under help). */
  readonly footer?: readonly string[];
}

export function renderAnswer(answer: Answer, options: AnswerOptions = {}): SlackMessage {
  const walked = walkAnswer(answer);
  const hasCitations = walked.sources.length > 0;
  // Room kept for the actions block and, with citations, a divider and at least one citation.
  const reserved = 1 + (hasCitations ? 2 : 0);
  const body = fitBlocks(bodyBlocks(walked.body, answer, options.footer), BLOCK_KIT.messageBlocks - reserved, answer);
  const room = BLOCK_KIT.messageBlocks - body.length - reserved + (hasCitations ? 1 : 0);
  const shown = walked.sources.slice(0, Math.min(CITATIONS_SHOWN, room));
  const blocks: Block[] = [...body];
  if (shown.length > 0) blocks.push({ type: 'divider' }, ...shown.map(citationBlock));
  const actions = actionButtons(answer, options, walked.sources[shown.length]?.n);
  if (actions.length > 0) blocks.push({ type: 'actions', block_id: 'coop_answer_actions', elements: actions });
  return { text: escapeWithin(renderText(answer), BLOCK_KIT.fallbackText) || EMPTY, blocks };
}

/** The "More sources" button for citations from `from` on; also used by the sources pages. */
export function moreSourcesButton(answer: Answer, question: string, from: number, intent?: IntentName): types.Button | undefined {
  const value = encodeButton({ question, ...(intent && { intent }), language: answer.language, from });
  const hidden = answer.citations.filter((c) => c.n >= from).length;
  if (!value || hidden === 0) return undefined;
  return button(ACTION_IDS.moreSources, truncate(phrases(answer.language).moreSources(hidden), BLOCK_KIT.buttonText), value);
}

function actionButtons(answer: Answer, options: AnswerOptions, firstHidden: number | undefined): types.Button[] {
  const votes = votable(answer) ? [button(ACTION_IDS.voteUp, '👍', answer.id), button(ACTION_IDS.voteDown, '👎', answer.id)] : [];
  if (options.question === undefined) return votes;
  const buttons: types.Button[] = [];
  const shareValue = options.share
    ? encodeButton({ question: options.question, ...(options.intent && { intent: options.intent }), language: answer.language, ...(answer.id && { answerId: answer.id }) })
    : undefined;
  if (shareValue) buttons.push(button(ACTION_IDS.share, truncate(phrases(answer.language).shareInChannel, BLOCK_KIT.buttonText), shareValue));
  const more = firstHidden === undefined ? undefined : moreSourcesButton(answer, options.question, firstHidden, options.intent);
  if (more) buttons.push(more);
  return [...buttons, ...votes];
}

function bodyBlocks(walked: readonly WalkedBlock[], answer: Answer, footer: readonly string[] = []): Block[] {
  const groups = walked.map(blockLines);
  if (footer.length > 0) groups.push([bold(phrases(answer.language).commandsTitle), ...footer.map((l) => `• ${escapeMrkdwn(l)}`)]);
  const blocks = groups.flatMap((lines) => chunkLines(lines, BLOCK_KIT.sectionText)).map(section);
  return blocks.length > 0 ? blocks : [section(EMPTY)];
}

// Over the block budget: keep the first blocks and say the answer was shortened.
function fitBlocks(blocks: Block[], max: number, answer: Answer): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), section(`_${escapeMrkdwn(phrases(answer.language).answerShortened)}_`)];
}

function blockLines(block: WalkedBlock): string[] {
  switch (block.kind) {
    case 'headline':
      return [bold(block.text)];
    case 'short':
      return [withMarker(bold(`${block.label}: ${block.text}`), block.marker)];
    case 'lines': {
      const title = block.title ? [bold(block.title)] : [];
      const prefix = block.style === 'quote' ? '> ' : block.style === 'bullet' ? '• ' : '';
      // A line break inside a quote would end the quote.
      return [...title, ...block.lines.map((l) => prefix + withMarker(escapeMrkdwn(block.style === 'quote' ? oneLine(l.text) : l.text), l.marker))];
    }
    default:
      return assertNever(block);
  }
}

// Markers are "[n]": nothing to escape.
function withMarker(mrkdwn: string, marker: string): string {
  return marker ? `${mrkdwn} ${marker}` : mrkdwn;
}

function bold(text: string): string {
  return text.trim() ? `*${escapeMrkdwn(text.trim())}*` : '';
}
