const DISABLE_FEATURES = "--disable-features=";

/**
 * The one `--disable-features` that turns off both what a launch's command line (`argv`) already turns off
 * and `more`, and the switch it replaces (`theirs`, null when there was none). Chromium keeps only the last
 * `--disable-features` it is given, and Playwright passes a list of its own (features that would call out of
 * the machine or get in a test's way): a second switch would turn those back on.
 */
export function disabledFeatures(argv, more) {
  const theirs = argv.findLast((arg) => arg.startsWith(DISABLE_FEATURES)) ?? null;
  const features = theirs === null ? [] : theirs.slice(DISABLE_FEATURES.length).split(",").filter(Boolean);
  for (const feature of more) if (!features.includes(feature)) features.push(feature);
  return { theirs, merged: DISABLE_FEATURES + features.join(",") };
}
