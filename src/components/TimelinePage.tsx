import { useMemo } from "react";
import { DatasetError } from "../data/DatasetError.ts";
import { showGroups } from "../data/showGroups.ts";
import { useDataset } from "../data/useDataset.ts";
import { DatasetTable } from "./DatasetTable.tsx";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { ProblemList } from "./ProblemList.tsx";

export function TimelinePage({ url }: { readonly url: string }) {
  const query = useDataset(url);
  const groups = useMemo(() => (query.data ? showGroups(query.data.dataset) : []), [query.data]);

  if (query.isPending) return <p role="status">Loading the timeline…</p>;
  if (query.isError) {
    const { error } = query;
    const canRetry = !(error instanceof DatasetError) || error.retryable;
    return (
      <ErrorScreen
        title="The dataset could not be loaded"
        message={error.message}
        onRetry={canRetry ? () => void query.refetch() : undefined}
      />
    );
  }
  const { dataset, problems } = query.data;
  return (
    <>
      {dataset.title && (
        <p className="dataset-title">
          <bdi>{dataset.title}</bdi>
        </p>
      )}
      <ProblemList problems={problems} />
      <DatasetTable groups={groups} />
    </>
  );
}
