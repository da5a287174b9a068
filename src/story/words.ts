/** The word sets the charts take as props, gathered once from the copy so every mode passes the same. */
import copy from 'virtual:alliance-copy';

export const timelineWords = {
  schools: copy.timeline.schools,
  scholars: copy.timeline.scholars,
  horizon: copy.timeline.horizon,
  eras: copy.eras as Record<string, string>,
  qualifiers: copy.qualifiers as Record<string, string>,
};

export const timelineTableWords = {
  summary: copy.timeline.tableSummary,
  year: copy.timeline.tableYear,
  schools: copy.timeline.tableSchools,
  scholars: copy.timeline.tableScholars,
  milestones: copy.timeline.tableMilestones,
  uncertain: copy.timeline.uncertain,
  undated: copy.timeline.undated,
  qualifiers: copy.qualifiers as Record<string, string>,
};
