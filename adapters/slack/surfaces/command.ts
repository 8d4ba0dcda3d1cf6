/**
 * The slash command (/coop by default): an action (subscriptions, the
 * admin's ingest) or a question, answered ephemerally — a question with a
 * "Share in channel" button. Acknowledged at once with an empty body —
 * Slack shows nothing and waits — then answered through the payload's
 * response_url, which needs no channel membership (so the command works in
 * channels the bot was never invited to).
 */
import type { App } from '@slack/bolt';
import { slackOrigin, userKey } from '../asker.ts';
import { questionFromCommand } from '../command-text.ts';
import { viaRespond } from '../deliver.ts';
import { questionFromSlack } from '../incoming-text.ts';
import { CommandSchema } from '../payloads.ts';
import { actionFromText } from '../subcommands.ts';
import { answerQuestion } from './answer-question.ts';
import { afterAck, type SurfaceDeps } from './deps.ts';
import { answerIngest } from './ingest.ts';
import { answerSubscription } from './subscriptions.ts';

export function registerCommand(app: App, deps: SurfaceDeps): void {
  app.command(deps.command, async ({ ack, command, respond }) => {
    await ack();
    await afterAck();
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) {
      deps.log.warn({ surface: 'command', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'Slack command payload not understood');
      return;
    }
    const c = parsed.data;
    const ephemeral = viaRespond(respond, 'ephemeral');
    const where = { surface: 'command', eventId: c.trigger_id, team: c.team_id, channel: c.channel_id } as const;
    // Read from the text as Slack sent it: the ingest URL arrives wrapped in <…>.
    const action = actionFromText(c.text);
    if (action?.kind === 'ingest') return answerIngest(deps, action, c.user_id, ephemeral, where);
    if (action?.kind === 'subscription') {
      const place = { channelId: c.channel_id, channelName: c.channel_name, userId: c.user_id };
      return answerSubscription(deps, { ...action, args: questionFromSlack(action.args) }, place, ephemeral, where);
    }
    const question = questionFromCommand(questionFromSlack(c.text), (text) => deps.asker.languageOf(text));
    await answerQuestion(deps, {
      ...question,
      userKey: userKey(c.team_id, c.user_id),
      where,
      share: true,
      // Slack's direct-message channel ids start with D.
      ...(c.channel_id && { origin: slackOrigin(c.team_id, c.channel_id, c.user_id, c.channel_id.startsWith('D')) }),
    }, { answer: ephemeral, notice: ephemeral });
  });
}
