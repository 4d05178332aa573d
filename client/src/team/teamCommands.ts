// The commands of the team's views and the dashboard. They live in the one command table
// (commands.ts), which is registered before the views exist; the views are handed over here at
// activation.
import type { DashboardPanel } from './dashboardPanel';
import type { TeamViews } from './teamViews';

export interface Team {
  views: TeamViews;
  dashboard: DashboardPanel;
}

let team: Team | undefined;

export function setTeam(created: Team | undefined): void {
  team = created;
}

/** Runs `action` on the team's views once they exist (activation creates them right after the commands). */
export function withTeam<T>(action: (team: Team) => T): T | undefined {
  return team ? action(team) : undefined;
}
