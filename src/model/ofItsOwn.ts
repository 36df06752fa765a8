/**
 * What the validator tells a citation of a source left out for a problem of its own, after the source's id
 * (parseDataset, which writes it out: a shared constant there cost the first draw's JavaScript 68 bytes).
 */
export const OF_ITS_OWN = "which is left out for a problem of its own";
