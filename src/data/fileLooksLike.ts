/**
 * What a file given as a sheet looks like when it is no sheet, by its first characters as either reader
 * reads them (a local file's binary bytes one for one, a fetched one's as UTF-8 with "\uFFFD" for the rest):
 * a web page (a server's error page saved under the sheet's name), an image, a PDF, a script, UTF-16 without
 * its byte order mark, or bytes that are no text at all. Null when it cannot be told. Workbooks are workbookKind's.
 */
export function fileLooksLike(text: string): string | null {
  const start = text.replace(/^\uFEFF/, "").slice(0, 512);
  const head = start.trimStart();
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(head)) return "a web page (HTML)";
  if (/^<\?xml\b/i.test(head)) return "an XML document";
  if (/^%PDF-/.test(start)) return "a PDF document";
  // A page's script given for its data: a module's first statement (a built chunk's `import{a as b}from"…"`).
  if (
    /^(?:import\s*[\w{*"']|export\s|(?:const|let|var|function|class)\s|\(\s*function\b|!function\b|["']use strict["'])/.test(
      head,
    )
  )
    return "a script (JavaScript)";
  // PNG's first byte, 0x89, is "‰" in Windows-1252; JPEG's FF D8 FF is "ÿØÿ".
  if (/^[\u2030\uFFFD]PNG\r\n/.test(start)) return "an image (PNG)";
  if (/^GIF8[79]a/.test(start)) return "an image (GIF)";
  if (start.startsWith("\u00FF\u00D8\u00FF")) return "an image (JPEG)";
  if (/^RIFF[^]{4}WEBP/.test(start)) return "an image (WebP)";
  // ASCII in UTF-16 is every other byte NUL: at odd places little-endian, at even ones big-endian.
  const nulAt = (parity: number) => [...start].filter((c, i) => i % 2 === parity && c === "\0").length;
  const pairs = Math.floor(start.length / 2);
  if (pairs >= 4 && Math.max(nulAt(0), nulAt(1)) >= pairs * 0.6 && Math.min(nulAt(0), nulAt(1)) === 0)
    return "text in UTF-16 without its byte order mark";
  // Controls other than tab, line breaks, form feed and DOS's end of file (0x1A) are in no sheet's text.
  const control = (c: string) => c < " " && !"\t\n\v\f\r\u001A".includes(c);
  if ([...start].some(control)) return "binary data, not text";
  return null;
}
