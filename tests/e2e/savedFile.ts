import type { Page } from "@playwright/test";

/** Presses the button of that name and waits for its download: the file's suggested name and its text. */
export async function savedFile(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return {
    name: file.suggestedFilename(),
    text: Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8"),
  };
}
