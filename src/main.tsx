// The page's first script, kept small and `async` (index.html): it starts the dataset's download (and the
// validator's) as soon as it arrives, sets the theme, and only then loads the app, whose 100+ KiB download
// and evaluate while the data arrives. The app renders once the page is parsed and styled (pageReady).
import { earlyDataset } from "./earlyDataset.ts";
import { initialTheme } from "./components/themeChoice.ts";
import { pageReady } from "./pageReady.ts";
import "./styles.css";

// Colours come from [data-theme] alone; set it before the first paint.
document.documentElement.dataset["theme"] = initialTheme();
void Promise.all([import("./startApp.tsx"), pageReady()]).then(
  ([{ startApp }]) => startApp(earlyDataset),
  // The app's code did not arrive (a dropped connection): a blank page would say nothing.
  () => {
    document.body.textContent = "The page could not load. Reload it to try again.";
  },
);
