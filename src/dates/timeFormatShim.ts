/**
 * What the page's d3-scale gets for d3-time-format (vite.config.ts, production build only). d3-scale makes
 * a time scale's default tick formats when the scale is made, but the chart never calls them: it writes
 * its own labels (utcLabels.ts, timeTicks.ts). So these formats exist and refuse to be used, and the
 * locale machinery stays out of the first script. Unit tests run the real d3-time-format.
 */
// The specifier alone: the message is bytes of the first script (check:size); this file says the rest.
const unused = (specifier: string) => (): never => {
  throw new TypeError(`d3-time-format ${specifier}`);
};

export const timeFormat = unused;
export const utcFormat = unused;
