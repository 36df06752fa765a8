import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/components/ErrorBoundary.tsx";
import { lazyView } from "../../src/lazyView.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

function Note({ words }: { readonly words: string }) {
  return <p>{words}</p>;
}

describe("lazyView()", () => {
  it("loads a view on first render and hands it its props", async () => {
    const View = lazyView(() => Promise.resolve(Note));
    render(
      <Suspense fallback={<p>loading</p>}>
        <View words="the note" />
      </Suspense>,
    );
    expect(await screen.findByText("the note")).toBeInTheDocument();
  });

  it("fetches a view again after a failed download: Try again shows it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Note>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValue(Note);
    const View = lazyView(load);
    render(
      <ErrorBoundary name="the note">
        <Suspense fallback={<p>loading</p>}>
          <View words="the note" />
        </Suspense>
      </ErrorBoundary>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Failed to fetch dynamically imported module");
    // Not fetched again by itself: with the network down, that would retry without end.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("the note")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("fetches a loaded view once, however often it renders", async () => {
    const load = vi.fn(() => Promise.resolve(Note));
    const View = lazyView(load);
    const { rerender } = render(
      <Suspense fallback={null}>
        <View words="one" />
      </Suspense>,
    );
    expect(await screen.findByText("one")).toBeInTheDocument();
    rerender(
      <Suspense fallback={null}>
        <View words="two" />
      </Suspense>,
    );
    expect(await screen.findByText("two")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
