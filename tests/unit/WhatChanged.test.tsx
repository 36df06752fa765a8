import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANGES_SHOWN, WhatChanged } from "../../src/components/WhatChanged.tsx";
import { cite, dataset, day, event } from "./claims/build.ts";

describe("What changed that day", () => {
  it("lists a busy day's first changes and shows the rest on request, so a big dataset stays light", async () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      event(`e-${i}`, [cite("may11")], { start: "2016-10" }),
    );
    render(<WhatChanged dataset={dataset(events)} day={day(2016, 5, 11)} onOpen={vi.fn()} />);
    expect(screen.getByRole("heading", { name: "What changed that day (60)" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(CHANGES_SHOWN);
    await userEvent.click(screen.getByRole("button", { name: "Show all 60 changes" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(60);
    expect(screen.queryByRole("button", { name: /Show all/ })).not.toBeInTheDocument();
  });
});
