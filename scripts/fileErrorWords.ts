/** What a path given on the command line is: check:data's dataset or its articles, or convert's input. */
export type FileRole = "dataset" | "articles" | "converted";

/**
 * A file system's error in words, with what to give instead: Node's own (`EISDIR: illegal operation on a
 * directory, read`, `ENOENT: no such file or directory, open …`) say less. check:data and convert say them
 * alike; only check:data takes the articles' folder after the dataset.
 */
export function fileErrorWords(error: unknown, role: FileRole = "dataset"): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "there is no such file or folder";
    case "EISDIR":
      return role === "converted"
        ? "it is a folder: give the dataset's file (.json, .csv or .tsv)"
        : "it is a folder: give the dataset's file (.json, .csv or .tsv) first, and the articles' folder after it";
    case "ENOTDIR":
      return role === "articles"
        ? "it is a file, not a folder: give the folder that holds the articles' .txt files, or one article's .txt file"
        : "a part of the path before the file's name is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return (error as Error).message;
  }
}
