import { afterEach, describe, expect, it, vi } from "vitest";

const painted = vi.hoisted(() => ({ frames: 0 }));
vi.mock("../../src/model/afterPaint.ts", () => ({
  afterPaint: () => {
    painted.frames += 1;
    return Promise.resolve();
  },
}));
const { paceSteps } = await import("../../src/model/paceSteps.ts");

type Step = { kind: "rows"; done: number } | { kind: "checking" };

/** Work that takes `ms` (on the test's clock) before each step it yields, and returns "done". */
function* work(clock: { now: number }, ms: number, steps: readonly Step[]): Generator<Step, string> {
  for (const step of steps) {
    clock.now += ms;
    yield step;
  }
  clock.now += ms;
  return "done";
}

const ROWS: Step[] = [0, 1000, 2000, 3000].map((done) => ({ kind: "rows", done }));

describe("paceSteps()", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    painted.frames = 0;
  });

  it("never pauses work done within its first 50 ms: a small file opens at once", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const onStep = vi.fn();
    await expect(paceSteps(work(clock, 5, [...ROWS, { kind: "checking" }]), onStep)).resolves.toBe("done");
    expect(onStep).not.toHaveBeenCalled();
    expect(painted.frames).toBe(0);
  });

  it("says where long work is about every 50 ms, and says each new kind of step before its work starts", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const said: Step[] = [];
    const result = await paceSteps(work(clock, 30, [...ROWS, { kind: "checking" }]), (step) =>
      said.push(step),
    );
    expect(result).toBe("done");
    // 30 ms a step: every second one is said, and the check at once, though 30 ms after the last pause.
    expect(said).toEqual([{ kind: "rows", done: 1000 }, { kind: "rows", done: 3000 }, { kind: "checking" }]);
    // A frame painted before the rows' first and the check's: between two rows, only a task's pause.
    expect(painted.frames).toBe(2);
  });

  it("stops at its next pause once aborted, and does no more of the work", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const controller = new AbortController();
    const done: number[] = [];
    const steps = (function* (): Generator<Step, string> {
      for (const step of ROWS) {
        clock.now += 60;
        if (step.kind === "rows") done.push(step.done);
        yield step;
      }
      return "done";
    })();
    const paced = paceSteps(steps, () => controller.abort(), controller.signal);
    await expect(paced).rejects.toThrow();
    expect(done).toEqual([0]);
  });

  it("pauses at the first step when work was just done before it (a large file's decoding), and only then", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const said: Step[] = [];
    await paceSteps(work(clock, 5, ROWS), (step) => said.push(step), undefined, true);
    expect(said).toEqual([{ kind: "rows", done: 0 }]);
  });

  it("does none of the work, and says nothing, when given up before it starts (a small file cancelled while read)", async () => {
    const clock = { now: 0 };
    vi.spyOn(performance, "now").mockImplementation(() => clock.now);
    const controller = new AbortController();
    controller.abort();
    const started = vi.fn();
    const steps = (function* (): Generator<Step, string> {
      started();
      yield { kind: "checking" };
      return "done";
    })();
    const onStep = vi.fn();
    await expect(paceSteps(steps, onStep, controller.signal, true)).rejects.toThrow();
    expect(started).not.toHaveBeenCalled();
    expect(onStep).not.toHaveBeenCalled();
  });
});
