/**
 * What the two buttons' actions share: acknowledge, read the payload and
 * the button's value, and refuse a forged or outdated value politely (in
 * both languages, since the value that would say which is the broken part).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeButton, type ButtonState } from '../button-value.ts';
import { viaRespond, type Deliver } from '../deliver.ts';
import type { Where, Surface } from '../handler-error.ts';
import { ButtonActionSchema } from '../payloads.ts';
import { STALE_BUTTON } from '../phrases.ts';
import { renderNotice } from '../render/index.ts';
import { afterAck, type SurfaceDeps } from './deps.ts';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export interface Pressed {
  readonly state: ButtonState;
  readonly where: Where;
  /** Replies only the presser sees. */
  readonly ephemeral: Deliver;
}

/** Acknowledges and reads the press; undefined when there is nothing (more) to do. */
export async function readPress(args: ButtonArgs, surface: Surface, deps: SurfaceDeps): Promise<Pressed | undefined> {
  await args.ack();
  await afterAck();
  const parsed = ButtonActionSchema.safeParse(args.body);
  if (!parsed.success) {
    deps.log.warn({ surface, issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'Slack button payload not understood');
    return undefined;
  }
  const body = parsed.data;
  const ephemeral = viaRespond(args.respond, 'ephemeral');
  const state = decodeButton(body.actions[0]!.value);
  if (!state) {
    deps.log.info({ surface, eventId: body.trigger_id }, 'Slack button value refused');
    await ephemeral(renderNotice(STALE_BUTTON));
    return undefined;
  }
  const where = { surface, eventId: body.trigger_id, team: body.team?.id ?? body.user.team_id };
  return { state, where, ephemeral };
}
