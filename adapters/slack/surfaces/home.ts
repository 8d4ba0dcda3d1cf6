/**
 * The App Home tab, published each time a user opens it (app_home_opened
 * with tab "home"; the same event fires for the Messages tab, which is left
 * alone). views.publish replaces the whole view, so publishing again is
 * safe, and each opening shows the user's subscriptions as they are now.
 */
import type { App } from '@slack/bolt';
import { guarded } from '../handler-error.ts';
import { personalChat } from '../owner.ts';
import { EnvelopeSchema, HomeOpenedSchema } from '../payloads.ts';
import { renderHome } from '../render/index.ts';
import type { SurfaceDeps } from './deps.ts';

export function registerHome(app: App, deps: SurfaceDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    const parsed = HomeOpenedSchema.safeParse(event);
    if (!parsed.success || (parsed.data.tab !== undefined && parsed.data.tab !== 'home')) return;
    const user = parsed.data.user;
    const envelope = EnvelopeSchema.safeParse(body);
    const where = { surface: 'home', eventId: envelope.data?.event_id, team: envelope.data?.team_id } as const;
    // No apology: there is no conversation to put one in, and the tab keeps its last view.
    await guarded(where, undefined, async () => {
      const subscriptions = deps.subscriptions?.store.listSubscriptions(personalChat(user));
      await client.views.publish({ user_id: user, view: renderHome(deps.command, subscriptions) });
    });
  });
}
