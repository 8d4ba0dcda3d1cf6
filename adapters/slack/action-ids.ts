/** The action ids of the adapter's buttons: the renderers set them, the action handlers match them. */
export const ACTION_IDS = {
  share: 'coop_share',
  moreSources: 'coop_more_sources',
  voteUp: 'coop_vote_up',
  voteDown: 'coop_vote_down',
} as const;
