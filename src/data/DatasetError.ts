/** The dataset cannot be used at all (not JSON, no events array, not found). Not worth retrying. */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  constructor(
    message: string,
    /** True when trying again may help (a network failure, a 5xx). */
    readonly retryable = false,
  ) {
    super(message);
  }
}
