// What the engine reads across postmortems, for the workspace index, the views and the report.
export { IncidentIndex, isOverdue, type IndexedActionItem, type IndexProblem, type RecurringTag } from './incidentIndex';
export { recordOf } from './record';
export type { ItemRef } from './repeats';
export { actionItemSummary, postmortemSummary, type ActionItemSummary, type PostmortemSummary } from './summaries';
export type { ActionItemMonth, DurationPoint, MonthOfIncidents, Trends } from './trends';
export type { ActionItemState, IncidentActionItem, IncidentTimes, PostmortemRecord } from './types';
