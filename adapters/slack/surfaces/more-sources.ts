/**
 * "More sources": the citations an answer had no room for, shown only to the
 * person who pressed (ephemeral), a page at a time. The answer is re-asked
 * from the button's question; if the corpus changed and those citations are
 * gone, the user is told so rather than shown different sources.
 */
import type { App } from '@slack/bolt';
import { messages } from '../../../src/answer/messages.ts';
import { ACTION_IDS } from '../action-ids.ts';
import { guarded } from '../handler-error.ts';
import { phrases } from '../phrases.ts';
import { renderMoreSources, renderNotice } from '../render/index.ts';
import { readPress } from './button.ts';
import type { SurfaceDeps } from './deps.ts';

export function registerMoreSources(app: App, deps: SurfaceDeps): void {
  app.action({ type: 'block_actions', action_id: ACTION_IDS.moreSources }, async (args) => {
    const press = await readPress(args, 'more-sources', deps);
    if (!press) return;
    const { state, where, ephemeral } = press;
    await guarded(where, () => ephemeral(renderNotice(messages(state.language).apology)), async () => {
      const answer = deps.asker.answer({ text: state.question, ...(state.intent && { intent: state.intent }), preferredLanguage: state.language });
      const page = renderMoreSources(answer, state.question, state.from ?? 1, state.intent);
      await ephemeral(page ?? renderNotice(phrases(state.language).sourcesGone));
    });
  });
}
