import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/DatasetError.ts";
import { MAX_DATASET_BYTES, fetchDataset } from "../../src/model/fetchDataset.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchDataset()", () => {
  it("refuses a dataset that says it is over the limit, before reading it", async () => {
    const response = new Response("{}", { headers: { "Content-Length": String(50 * 1024 * 1024) } });
    const text = vi.spyOn(response, "text");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response),
    );
    await expect(fetchDataset("/big.json")).rejects.toThrow(/50\.0 MB; datasets over 40\.0 MB are refused/);
    expect(text).not.toHaveBeenCalled();
  });

  it("refuses a dataset over the limit that did not say its size", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(" ".repeat(MAX_DATASET_BYTES + 1))),
    );
    await expect(fetchDataset("/big.json")).rejects.toThrow(DatasetError);
  });

  it("marks a failed request as worth retrying, and a bad file as not", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 503, statusText: "Service Unavailable" })),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({
      retryable: true,
      message: expect.stringContaining("503"),
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({ retryable: true });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope")),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({ retryable: false });
  });
});
