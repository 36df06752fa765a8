import { act, render, screen, waitFor } from "@testing-library/react";
import { useLayoutEffect, useMemo } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useLinkCheck } from "../../src/components/useLinkCheck.ts";
import { useSearchPart } from "../../src/components/useSearchPart.ts";
import { useViewState } from "../../src/components/useViewState.ts";

/** A page that checks its link once `ready`, and lists what the check left out. */
function Page({ ready }: { readonly ready: boolean }) {
  const { replace } = useViewState();
  const { dropped } = useLinkCheck(null, ready, replace);
  return (
    <ul>
      {dropped.map((d) => (
        <li key={d.what}>{`${d.what}: ${d.why}`}</li>
      ))}
    </ul>
  );
}

/** A page of a dataset whose one show is Daredevil. */
function DaredevilPage({ marker }: { readonly marker: number }) {
  const { replace } = useViewState();
  const context = useMemo(
    () => ({
      shows: [{ id: "daredevil", title: `Daredevil ${marker}` }],
      publishers: [],
      hasEvent: () => false,
    }),
    [marker],
  );
  useLinkCheck(context, true, replace);
  return null;
}

const dataParam = (search: string) => new URLSearchParams(search).get("data");

/** The app's timeline route in small: Daredevil's page while the address names no other dataset. */
function Route({ marker }: { readonly marker: number }) {
  return useSearchPart(dataParam) === null ? <DaredevilPage marker={marker} /> : null;
}

/** Moves the address, in a layout effect: after the page's render, before its effects run. */
function Mover({ to }: { readonly to: string | null }) {
  useLayoutEffect(() => {
    if (to !== null) window.history.replaceState(null, "", to);
  }, [to]);
  return null;
}

/** Lets the check's chunk (a dynamic import) and its effect run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the link check", () => {
  it("drops a window the chart cannot read from the URL, and tells it", async () => {
    window.history.replaceState(null, "", "/?data=a.json&from=2016-01-01&to=2015-01-01&view=table");
    render(<Page ready />);
    await waitFor(() => expect(window.location.search).toBe("?data=a.json&view=table"));
    expect(
      screen.getByText(/the window “2016-01-01” to “2015-01-01”: the first day is not before the second/),
    ).toBeInTheDocument();
  });

  it("leaves alone an address that moved on since the page's render: another dataset's filters are not its to drop", async () => {
    window.history.replaceState(null, "", "/?show=daredevil");
    const { rerender } = render(
      <>
        <Route marker={1} />
        <Mover to={null} />
      </>,
    );
    await settle();
    // Back to another dataset's page, whose show this page lacks: the address changes after this page's
    // last render, before that render's effect runs, and the page then goes.
    rerender(
      <>
        <Route marker={2} />
        <Mover to="/?data=other.json&show=iron-fist" />
      </>,
    );
    await settle();
    expect(window.location.search).toBe("?data=other.json&show=iron-fist");
  });

  it("waits until the page is ready (the chart's first draw): the link is left as it is until then", async () => {
    window.history.replaceState(null, "", "/?data=a.json&from=2016-01-01&to=2015-01-01");
    const { rerender } = render(<Page ready={false} />);
    await settle();
    expect(window.location.search).toBe("?data=a.json&from=2016-01-01&to=2015-01-01");
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    rerender(<Page ready />);
    await waitFor(() => expect(window.location.search).toBe("?data=a.json"));
  });
});
