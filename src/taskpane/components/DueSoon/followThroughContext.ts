import { createContext, useContext } from 'react';
import { createFollowThroughCommands, type FollowThroughCommands } from '../../../commands/followThrough';

/**
 * The follow-through commands the Due soon view calls: Excel's by default; tests and the
 * playground provide their own. A context of the view's own, so adding the view changes nothing
 * in the pane's shared context.
 */
export const FollowThroughContext = createContext<FollowThroughCommands>(createFollowThroughCommands());

export function useFollowThrough(): FollowThroughCommands {
  return useContext(FollowThroughContext);
}
