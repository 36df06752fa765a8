// Types for nextReportButton.mjs, so that TypeScript tests can import it.
export function nextReportButton(): { x: number; y: number; disabled: boolean } | null;
