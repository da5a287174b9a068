import { organization } from '../../data/index.ts';

/** The horizon of "the next twenty years": as far ahead of the 20th year as the founding lies behind it. */
export const HORIZON_YEAR = organization.headline.founded + 40;
