// Types for chromium.mjs, for the TypeScript Playwright config.
export const chromiumPath: string;
export const MISSING_CHROMIUM: string;
export function hasChromium(): boolean;
export const CHROMIUM_ARGS: string[];
