import { afterEach, describe, expect, it, vi } from "vitest";
import { SLICE_MS, inSlices } from "../../src/model/inSlices.ts";

/** Work of `steps` steps, each taking `ms` on the test's clock, noting each step in `done`. */
function* work(clock: { now: number }, ms: number, steps: number, done: string[], name: string) {
  for (let i = 0; i < steps; i++) {
    clock.now += ms;
    done.push(`${name}${i}`);
    yield;
  }
  return name;
}

describe("inSlices()", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("does none of the work in the task that asks for it", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const done: string[] = [];
    const result = inSlices(work(clock, 1, 3, done, "a"));
    expect(done).toEqual([]);
    await expect(result).resolves.toBe("a");
    expect(done).toEqual(["a0", "a1", "a2"]);
  });

  it("pauses for a task once a slice's time is up, and never sooner", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    // Each pause is a message task.
    const tasks = vi.spyOn(MessagePort.prototype, "postMessage");
    const done: string[] = [];
    // Four steps of half a slice: two a slice, so the work takes three tasks (two, two, and the end).
    await expect(inSlices(work(clock, SLICE_MS / 2, 4, done, "a"))).resolves.toBe("a");
    expect(tasks).toHaveBeenCalledTimes(3);
    tasks.mockClear();
    // Steps far shorter than a slice: one task for all of them.
    await expect(inSlices(work(clock, SLICE_MS / 100, 20, done, "b"))).resolves.toBe("b");
    expect(tasks).toHaveBeenCalledTimes(1);
  });

  it("goes first to the newest work, and settles the older after it", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const done: string[] = [];
    const settled: string[] = [];
    const older = inSlices(work(clock, 1, 2, done, "old")).then((name) => settled.push(name));
    const newer = inSlices(work(clock, 1, 2, done, "new")).then((name) => settled.push(name));
    await Promise.all([older, newer]);
    expect(settled).toEqual(["new", "old"]);
    expect(done).toEqual(["new0", "new1", "old0", "old1"]);
  });

  it("rejects work that throws, and goes on with the rest", async () => {
    function* broken(): Generator<void, string> {
      yield;
      throw new Error("broken");
    }
    const done: string[] = [];
    const fine = inSlices(work({ now: 0 }, 0, 2, done, "fine"));
    await expect(inSlices(broken())).rejects.toThrow("broken");
    await expect(fine).resolves.toBe("fine");
  });
});
