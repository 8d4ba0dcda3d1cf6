/**
 * 👍/👎 under an answer: the button's value is the answer's history id; the
 * history records the press (once per user and answer; a second press
 * changes the vote) and the presser alone sees a short thanks. A forged,
 * expired or foreign value — or a bot that keeps no history — gets the
 * polite stale-button notice, as "More sources" does.
 */
import type { App } from '@slack/bolt';
import type { Vote } from '../../../src/store/index.ts';
import { ACTION_IDS } from '../action-ids.ts';
import { viaRespond } from '../deliver.ts';
import { guarded } from '../handler-error.ts';
import { ButtonActionSchema } from '../payloads.ts';
import { phrases, STALE_BUTTON } from '../phrases.ts';
import { renderNotice } from '../render/index.ts';
import { type ButtonArgs } from './button.ts';
import { afterAck, type SurfaceDeps } from './deps.ts';

export function registerVotes(app: App, deps: SurfaceDeps): void {
  app.action({ type: 'block_actions', action_id: ACTION_IDS.voteUp }, (args) => onVote(args, 'up', deps));
  app.action({ type: 'block_actions', action_id: ACTION_IDS.voteDown }, (args) => onVote(args, 'down', deps));
}

async function onVote(args: ButtonArgs, vote: Vote, deps: SurfaceDeps): Promise<void> {
  await args.ack();
  await afterAck();
  const parsed = ButtonActionSchema.safeParse(args.body);
  if (!parsed.success) {
    deps.log.warn({ surface: 'vote', issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'Slack button payload not understood');
    return;
  }
  const body = parsed.data;
  const team = body.team?.id ?? body.user.team_id;
  const where = { surface: 'vote' as const, eventId: body.trigger_id, team };
  const ephemeral = viaRespond(args.respond, 'ephemeral');
  await guarded(where, () => ephemeral(renderNotice(STALE_BUTTON)), async () => {
    const channel = body.channel?.id;
    const t = team ?? '-';
    const outcome =
      deps.history && channel
        ? deps.history.vote({ answerId: body.actions[0]!.value ?? '', vote, platform: 'slack', chat: `${t}:${channel}`, user: `${t}:${body.user.id}` })
        : ({ kind: 'unknown' } as const);
    if (outcome.kind === 'unknown') {
      deps.log.info({ surface: 'vote', eventId: body.trigger_id }, 'Slack vote refused');
      await ephemeral(renderNotice(STALE_BUTTON));
      return;
    }
    const p = phrases(outcome.answer.language);
    await ephemeral(renderNotice(outcome.previous === undefined ? p.voteThanks(vote) : p.voteChanged(vote)));
  });
}
