/**
 * A pause point in making a file to save (the subset of the events shown, its CSV rows): at 20k events
 * with claims a save is half a second of work, which the page runs in slices (paceSteps) so that it keeps
 * answering. One kind: nothing is said between the steps, the save is short enough to need no progress.
 */
export type SavingStep = { readonly kind: "saving" };

export const SAVING: SavingStep = { kind: "saving" };

/** A save's steps say nothing as they go (paceSteps' `onStep`). */
export const NOTHING_SAID = (): undefined => undefined;
