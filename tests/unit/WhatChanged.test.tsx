import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANGES_SHOWN, CHANGES_STEP, WhatChanged } from "../../src/components/WhatChanged.tsx";
import { AT_ONCE_EVENTS } from "../../src/model/pacedChanges.ts";
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

  it("shows a big dataset's busy day once its lines are read in later tasks, and nothing before", async () => {
    render(<WhatChanged dataset={busyDay(AT_ONCE_EVENTS)} day={day(2016, 5, 11)} onOpen={vi.fn()} />);
    // No count that would change under the reader: nothing, until all the day's lines are read.
    expect(screen.queryByRole("heading")).not.toBeInTheDocument();
    const count = AT_ONCE_EVENTS.toLocaleString("en");
    expect(
      await screen.findByRole("heading", { name: `What changed on 11 May 2016 (${count})` }),
    ).toBeInTheDocument();
    expect(entries()).toHaveLength(CHANGES_SHOWN);
  });

  it("keeps the last busy day's list, under its own day and busy, until the next day's is read", async () => {
    // Two busy days: 2 May and 11 May 2016.
    const twoDays = dataset(
      Array.from({ length: 2 * AT_ONCE_EVENTS }, (_, i) =>
        event(`e-${i}`, [cite(i % 2 === 0 ? "may2" : "may11")], { start: "2016-10" }),
      ),
    );
    const { rerender } = render(<WhatChanged dataset={twoDays} day={day(2016, 5, 2)} onOpen={vi.fn()} />);
    const count = AT_ONCE_EVENTS.toLocaleString("en");
    const may2 = await screen.findByRole("heading", { name: `What changed on 2 May 2016 (${count})` });
    const section = may2.closest("section")!;
    expect(section).not.toHaveAttribute("aria-busy");
    rerender(<WhatChanged dataset={twoDays} day={day(2016, 5, 11)} onOpen={vi.fn()} />);
    // The day before's list, said to be of that day, while the new day's is read.
    expect(screen.getByRole("heading")).toHaveAccessibleName(`What changed on 2 May 2016 (${count})`);
    expect(section).toHaveAttribute("aria-busy", "true");
    expect(
      await screen.findByRole("heading", { name: `What changed on 11 May 2016 (${count})` }),
    ).toBeInTheDocument();
    expect(section).not.toHaveAttribute("aria-busy");
    // Back to a day read before: its list at once.
    rerender(<WhatChanged dataset={twoDays} day={day(2016, 5, 2)} onOpen={vi.fn()} />);
    expect(screen.getByRole("heading")).toHaveAccessibleName(`What changed on 2 May 2016 (${count})`);
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
