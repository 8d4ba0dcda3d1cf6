/**
 * "Share in channel" under an ephemeral /coop answer: posts the same answer
 * for everyone in the conversation (response_type in_channel, through the
 * action's response_url, so no channel membership is needed), then removes
 * the ephemeral copy. The answer is re-asked from the button's question, so
 * the shared answer reflects the corpus at the moment of sharing.
 */
import type { App } from '@slack/bolt';
import { messages } from '../../../src/answer/messages.ts';
import { ACTION_IDS } from '../action-ids.ts';
import { viaRespond } from '../deliver.ts';
import { guarded } from '../handler-error.ts';
import { renderNotice } from '../render/index.ts';
import { answerMessage } from './answer-question.ts';
import { readPress } from './button.ts';
import type { SurfaceDeps } from './deps.ts';

export function registerShare(app: App, deps: SurfaceDeps): void {
  app.action({ type: 'block_actions', action_id: ACTION_IDS.share }, async (args) => {
    const press = await readPress(args, 'share', deps);
    if (!press) return;
    const { state, where, ephemeral } = press;
    await guarded(where, () => ephemeral(renderNotice(messages(state.language).apology)), async () => {
      const asked = { text: state.question, ...(state.intent && { intent: state.intent }) };
      const fresh = deps.asker.answer({ ...asked, preferredLanguage: state.language });
      // The re-asked answer is the one already recorded: the shared copy votes on it.
      const answer = state.answerId ? { ...fresh, id: state.answerId } : fresh;
      await viaRespond(args.respond, 'in_channel')(answerMessage(answer, deps.command, asked, false));
      await args.respond({ delete_original: true });
    });
  });
}
