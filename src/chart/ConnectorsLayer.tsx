import { memo } from "react";
import type { SceneConnector } from "../scene/scene.ts";

/** Arrows between items the articles put in order, from the scene; decorative (the panel lists them). */
export const ConnectorsLayer = memo(function ConnectorsLayer({
  connectors,
  prefix,
}: {
  readonly connectors: readonly SceneConnector[];
  readonly prefix: string;
}) {
  return (
    <g aria-hidden="true">
      {connectors.map((link) => (
        <path
          key={link.key}
          d={link.d}
          fill="none"
          stroke={link.stroke}
          strokeWidth={link.type === "back-to-back" ? 2.5 : 1.5}
          strokeDasharray={link.type === "back-to-back" ? undefined : "4 3"}
          markerEnd={`url(#${prefix}-arrow)`}
        />
      ))}
    </g>
  );
});
