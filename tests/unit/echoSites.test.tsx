import { render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { DatasetErrorScreen } from "../../src/components/DatasetErrorScreen.tsx";
import { ProblemList } from "../../src/components/ProblemList.tsx";
import { SourcePage } from "../../src/components/SourcePage.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";

const good = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");
const RLO = "\u202E";
const huge = "x".repeat(1_000_000);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("every place untrusted text is echoed shows it through printable()", () => {
  it("the problem list escapes a raw path, id and reason, and cuts a 1 MB one", () => {
    render(
      <ProblemList
        problems={[
          { id: `id${RLO}`, path: `events[0].${RLO}key`, reason: `bad ${RLO}value`, effect: "left out" },
          { id: null, path: `events[1].${huge}`, reason: huge, effect: "left out" },
        ]}
      />,
    );
    const items = screen.getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("events[0].\\u{202E}key (id id\\u{202E}): bad \\u{202E}value");
    expect(document.body.textContent).not.toContain(RLO);
    expect(items[1]?.textContent?.length).toBeLessThan(700);
  });

  it("an error screen escapes what its message quotes, and cuts a huge one", () => {
    render(<DatasetErrorScreen error={new DatasetError(`not "${RLO}${huge}"`)} onRetry={() => undefined} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent('not "\\u{202E}xxx');
    expect(alert.textContent).not.toContain(RLO);
    expect(alert.textContent?.length).toBeLessThan(600);
  });

  it("a source page for an unknown id escapes the id from the address", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(new Response(good)));
    renderWithQuery(
      <SourcePage
        url="/data/good.json"
        sourceId={`nope${RLO}${huge}`}
        itemHref={() => "/"}
        outcomeHref={() => "/"}
        siteTitle="Test"
      />,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("no source with the id “nope\\u{202E}xxx");
    expect(alert.textContent).not.toContain(RLO);
    expect(alert.textContent?.length).toBeLessThan(300);
  });
});
