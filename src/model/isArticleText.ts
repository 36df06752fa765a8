/** Whether a `.txt` is an article for checking quotes: its first line is the article's URL. */
export function isArticleText(text: string): boolean {
  const [first = ""] = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1);
  return /^https?:\/\/\S+$/i.test(first.trim());
}
