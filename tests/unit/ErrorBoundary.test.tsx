import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/components/ErrorBoundary.tsx";

let broken = true;
function Fragile() {
  if (broken) throw new Error("the layout failed");
  return <p>drawn</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("<ErrorBoundary>", () => {
  it("shows what broke instead of a blank page, and Try again recovers", async () => {
    // React reports caught errors on the console; keep the test output clean.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    broken = true;
    render(
      <>
        <ErrorBoundary name="the chart">
          <Fragile />
        </ErrorBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong showing the chart");
    expect(screen.getByRole("alert")).toHaveTextContent("the layout failed");
    expect(screen.getByText("the rest of the page")).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("drawn")).toBeInTheDocument();
  });

  it("tries again by itself when its reset keys change", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    broken = true;
    const { rerender } = render(
      <ErrorBoundary name="the chart" resetKeys={[1]}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeInTheDocument();
    broken = false;
    rerender(
      <ErrorBoundary name="the chart" resetKeys={[2]}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText("drawn")).toBeInTheDocument();
  });

  it("Try again leaves the focus on the view's holder, not on the page's body, as the button goes", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    broken = true;
    render(
      <main tabIndex={-1}>
        <ErrorBoundary name="the chart">
          <Fragile />
        </ErrorBoundary>
      </main>,
    );
    broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("drawn")).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole("main"));
  });
});
