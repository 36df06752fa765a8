import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadEdtfGrammar } from "../src/dates/edtfGrammar.ts";

// On a busy machine a lazy chunk can take over a second to load in jsdom: findBy* waits up to 5 s.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

// The page loads the EDTF grammar when a dataset needs it (prepareDatasetText); tests of the date functions
// call them directly, so it is loaded up front. edtfGrammar.test.ts covers life without it.
await loadEdtfGrammar();
