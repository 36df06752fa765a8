import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SafeLink } from "../../src/components/SafeLink.tsx";

describe("<SafeLink>", () => {
  it("shows the real host beside the text", () => {
    render(<SafeLink href="https://screenrant.com/a">Original article</SafeLink>);
    expect(screen.getByRole("link")).toHaveAccessibleName(/^Original article \(screenrant\.com\)/);
  });

  it("shows a look-alike host in punycode, as the browser will ask for it", () => {
    // "ѕсrееnrаnt.com" with Cyrillic ѕ, с, е, а.
    render(<SafeLink href={"https://\u0455\u0441r\u0435\u0435nr\u0430nt.com/a"}>Original article</SafeLink>);
    const link = screen.getByRole("link");
    expect(link).toHaveTextContent(/\(xn--[a-z0-9-]+\.com\)/);
    expect(link.textContent).not.toMatch(/[\u0400-\u04FF]/);
  });

  it("does not make a link of a URL with user info", () => {
    render(<SafeLink href="https://www.screenrant.com@127.0.0.1/a">Original article</SafeLink>);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Original article")).toBeInTheDocument();
  });
});
