// The page's first script, kept small: it starts the dataset's download (and the validator's), sets the
// theme, and only then loads the app, whose 100+ KiB download and evaluate while the data arrives.
import { earlyDataset } from "./earlyDataset.ts";
import { initialTheme } from "./components/themeChoice.ts";
import "./styles.css";

// Colours come from [data-theme] alone; set it before the first paint.
document.documentElement.dataset["theme"] = initialTheme();
void import("./startApp.tsx").then(({ startApp }) => startApp(earlyDataset));
