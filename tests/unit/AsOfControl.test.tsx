import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AsOfControl } from "../../src/components/AsOfControl.tsx";

const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date);
const DAYS = [day(2016, 4, 3), day(2017, 9, 30)];

describe("the as-of control's How it turned out", () => {
  it("pressed again, goes back to the newest report's day", async () => {
    const onChange = vi.fn();
    render(<AsOfControl days={DAYS} standard={DAYS[0]!} day={Infinity} onChange={onChange} />);
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(onChange).toHaveBeenCalledWith(DAYS[0]);
  });

  it("pressed again in a dataset of outcomes alone (no report day), goes to its last day, not nowhere", async () => {
    const onChange = vi.fn();
    render(<AsOfControl days={DAYS} standard={Infinity} day={Infinity} onChange={onChange} />);
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(onChange).toHaveBeenCalledWith(DAYS[1]);
  });
});
