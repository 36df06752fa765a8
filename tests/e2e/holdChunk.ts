import type { Page } from "@playwright/test";
import { chunkUrl } from "../../scripts/chunkNames.mjs";

/** Holds the requests for a lazy chunk until the returned function is called: what the page shows without it. */
export async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunkUrl(name), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
