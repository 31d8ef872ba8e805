// The board's column grid, in one place: the board sets its CSS from these, and the emotion
// curve places its points with them, so that each point stays above its stage.

/** A stage column's width, px. */
export const COLUMN_WIDTH = 236;
/** The gap between two stage columns, px. */
export const COLUMN_GAP = 10;
