import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANGES_SHOWN, CHANGES_STEP, WhatChanged } from "../../src/components/WhatChanged.tsx";
import { cite, dataset, day, event } from "./claims/build.ts";

describe("What changed on a day", () => {
  const busyDay = (count: number) =>
    dataset(Array.from({ length: count }, (_, i) => event(`e-${i}`, [cite("may11")], { start: "2016-10" })));
  const entries = () => screen.getAllByRole("listitem");

  it("lists a busy day's first changes and shows the rest on request, so a big dataset stays light", async () => {
    render(<WhatChanged dataset={busyDay(60)} day={day(2016, 5, 11)} onOpen={vi.fn()} />);
    expect(screen.getByRole("heading", { name: "What changed on 11 May 2016 (60)" })).toBeInTheDocument();
    expect(entries()).toHaveLength(CHANGES_SHOWN);
    // The kind is heard apart from the source after it.
    expect(within(entries()[0]!).getByRole("button")).toHaveAccessibleName(
      /^Added: Publisher may11, 11 May 2016: /,
    );
    await userEvent.click(screen.getByRole("button", { name: "Show 35 more of 35 left" }));
    expect(entries()).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /^Show/ })).not.toBeInTheDocument();
    // The button is gone: focus is on the first entry it showed, not on the page's body.
    expect(document.activeElement).toBe(within(entries()[CHANGES_SHOWN]!).getByRole("button"));
  });

  it("isolates a line's source, label and words, so that a right-to-left label carries none of them", () => {
    const label = "عرض الموسم الأول على نتفليكس";
    render(
      <WhatChanged
        dataset={dataset([event("rtl", [cite("may11")], { start: "2016-03-01", label })])}
        day={day(2016, 5, 11)}
        onOpen={vi.fn()}
      />,
    );
    const isolated = [...within(entries()[0]!).getByRole("button").querySelectorAll("bdi")].map(
      (bdi) => bdi.textContent,
    );
    expect(isolated).toEqual(["Publisher may11, 11 May 2016", label, "1 March 2016"]);
  });

  it("shows a few hundred more per press, saying how many are left, never thousands at once", async () => {
    render(<WhatChanged dataset={busyDay(300)} day={day(2016, 5, 11)} onOpen={vi.fn()} />);
    // By text: naming each of hundreds of buttons is slow in jsdom.
    await userEvent.click(screen.getByText("Show 250 more of 275 left"));
    expect(entries()).toHaveLength(CHANGES_SHOWN + CHANGES_STEP);
    expect(document.activeElement).toBe(
      within(entries()[CHANGES_SHOWN]!)
        .getByText(/^Added/)
        .closest("button"),
    );
    await userEvent.click(screen.getByText("Show 25 more of 25 left"));
    expect(entries()).toHaveLength(300);
    expect(screen.queryByText(/^Show/)).not.toBeInTheDocument();
  });
});
