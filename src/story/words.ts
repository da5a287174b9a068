/** The word sets the charts take as props, gathered once from the copy so every mode passes the same. */
import eras from 'virtual:alliance-copy/eras';
import qualifiers from 'virtual:alliance-copy/qualifiers';
import timeline from 'virtual:alliance-copy/timeline';

export const timelineWords = {
  schools: timeline.schools,
  scholars: timeline.scholars,
  horizon: timeline.horizon,
  eras: eras as Record<string, string>,
  qualifiers: qualifiers as Record<string, string>,
};

export const timelineTableWords = {
  summary: timeline.tableSummary,
  year: timeline.tableYear,
  schools: timeline.tableSchools,
  scholars: timeline.tableScholars,
  milestones: timeline.tableMilestones,
  uncertain: timeline.uncertain,
  undated: timeline.undated,
  qualifiers: qualifiers as Record<string, string>,
};
