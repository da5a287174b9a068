/**
 * The recognitions the story shows. Two records are kept out of the list, for
 * the reasons given in the copy ("recognitions.leftOut"): a grant application
 * whose award is not confirmed, and the network's own list of the bodies that
 * recognized it, which the section's introduction reports instead.
 */
import { recognitions } from '../../data/index.ts';

export const LEFT_OUT = ['rec-2011-csp-grant', 'rec-network-claims'] as const;

export const shownRecognitions = recognitions.filter(
  (r) => !(LEFT_OUT as readonly string[]).includes(r.id),
);

/** The five bodies the network names, in its own order, then the other honours. */
export const BODIES = [
  'us-department-of-education',
  'california-department-of-education',
  'usc-rossier',
  'us-news',
  'stanford-credo',
  'other',
] as const;

/**
 * Bodies whose lists rank nearly every eligible school: being on them is not an
 * honour in itself, so the story never counts schools as "named" by them.
 */
export const RANKS_NEARLY_EVERY_SCHOOL: ReadonlySet<string> = new Set(['us-news']);

export const networkStatement = recognitions.find((r) => r.id === 'rec-network-claims');
