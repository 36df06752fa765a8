import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useLinkCheck } from "../../src/components/useLinkCheck.ts";
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

/** Lets the check's chunk (a dynamic import) and its effect run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the link check", () => {
  it("drops a window the chart cannot read from the URL, and tells it", async () => {
    window.history.replaceState(null, "", "/?data=a.json&from=2016-01-01&to=2015-01-01&view=table");
    render(<Page ready />);
    await waitFor(() => expect(window.location.search).toBe("?data=a.json&view=table"));
    expect(
      screen.getByText(/the window “2016-01-01” to “2015-01-01”: not two days, the first before the second/),
    ).toBeInTheDocument();
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
