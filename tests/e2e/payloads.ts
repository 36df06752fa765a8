import { unsafeCharacter } from "../../src/data/unsafeCharacter.ts";

/**
 * Attack strings, after the lists Highcharts and vis-timeline were tested with after their XSS advisories.
 * Each that ran would set window.pwned, open a dialog, or request evil.example.
 */
export const PAYLOADS: readonly string[] = [
  "<script>window.pwned=1</script>",
  '"><script>window.pwned=1</script>',
  "'><img src=x onerror=window.pwned=1>",
  '<img src=x onerror="window.pwned=1">',
  "<img src=x onerror=alert(1)>",
  "<svg onload=window.pwned=1>",
  "<svg><script>window.pwned=1</script></svg>",
  '<svg><a xlink:href="javascript:window.pwned=1"><text>x</text></a></svg>',
  "</title><script>window.pwned=1</script>",
  "</textarea><script>window.pwned=1</script>",
  "</style><script>window.pwned=1</script>",
  "</desc></svg><script>window.pwned=1</script>",
  '<iframe src="javascript:window.pwned=1"></iframe>',
  '<a href="javascript:window.pwned=1">click</a>',
  "<body onload=window.pwned=1>",
  "<details open ontoggle=window.pwned=1>",
  "<input autofocus onfocus=window.pwned=1>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1>",
  '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>">',
  "<xmp><script>window.pwned=1</script></xmp>",
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  "<link rel=stylesheet href=https://evil.example/x.css>",
  '<style>@import "https://evil.example/x.css";</style>',
  '<img src="https://evil.example/pixel.png">',
  '<object data="javascript:window.pwned=1"></object>',
  '<embed src="javascript:window.pwned=1">',
  '"onmouseover="window.pwned=1',
  "' onfocus='window.pwned=1' autofocus='",
  '{{constructor.constructor("window.pwned=1")()}}',
  "${window.pwned=1}",
  "javascript:window.pwned=1",
  "JaVaScRiPt:window.pwned=1",
  " javascript:window.pwned=1",
  "\tjavascript:window.pwned=1",
  "java\tscript:window.pwned=1",
  "java\nscript:window.pwned=1",
  "&#106;avascript:window.pwned=1",
  "&#x6A;avascript:window.pwned=1",
  "javascript&colon;window.pwned=1",
  "data:text/html,<script>window.pwned=1</script>",
  "data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "\\\\evil.example\\x",
  'https://evil.example/"><script>window.pwned=1</script>',
  "\u202Egnp.exe",
  "\u2066hidden\u2069",
  "zero\u200Bwidth",
  "\u200Fright-to-left mark",
  "\u061Carabic letter mark",
  "__proto__",
  "constructor",
];

/** The payloads that survive validation as text: the ones with invisible characters are refused. */
export const TEXT_PAYLOADS = PAYLOADS.filter((p) => unsafeCharacter(p) === null);

const ok = (i: number) => ({
  id: `src-${i}`,
  title: "A fine article",
  publisher: "Example News",
  author: null,
  published: "2016-05-11",
  url: `https://example.com/a/${i}`,
});

/** A dataset with a payload in every text field of every item; URLs are good. */
export function textPayloadDataset(): unknown {
  const payloads = PAYLOADS;
  return {
    title: payloads[0],
    shows: payloads.map((p, i) => ({ id: `show-${i}`, title: p })),
    sources: payloads.map((p, i) => ({ ...ok(i), title: p, publisher: p, author: p })),
    events: payloads.map((p, i) => ({
      id: `event-${i}`,
      show: `show-${i}`,
      kind: i % 2 ? "release" : "filming",
      label: p,
      start: `2016-${String((i % 12) + 1).padStart(2, "0")}`,
      certainty: "reported",
      note: p,
      citations: [{ source: `src-${i}`, quote: p }],
    })),
  };
}

/** A dataset with a payload as every source's URL, raw and inside an https URL; text is plain. */
export function urlPayloadDataset(): unknown {
  const urls = [...PAYLOADS, ...PAYLOADS.map((p) => `https://example.com/${p}`)];
  return {
    shows: [{ id: "show", title: "Show" }],
    sources: urls.map((url, i) => ({ ...ok(i), url })),
    events: urls.map((_, i) => ({
      id: `event-${i}`,
      show: "show",
      kind: "release",
      label: `Event ${i}`,
      start: "2016-05-11",
      certainty: "reported",
      citations: [{ source: `src-${i}`, quote: `Quote ${i}` }],
    })),
  };
}
