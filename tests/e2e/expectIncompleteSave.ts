import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/**
 * The dataset was read with `problems` problems that left parts of it out: the page says so, and the note
 * under the Save buttons describes each of `buttons`.
 */
export async function expectIncompleteSaveNote(page: Page, problems: number, buttons: string[]) {
  await expect(
    page.getByRole("region", { name: `Some of the dataset was left out (${problems} problems)` }),
  ).toBeVisible();
  const note = `The saved CSV and JSON hold only what was read: ${problems} problems, listed above, left parts of the dataset out.`;
  await expect(page.getByText(note)).toBeVisible();
  for (const name of buttons) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveAccessibleDescription(note);
  }
}
