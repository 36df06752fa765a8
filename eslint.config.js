import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** One block per layer that forbids importing from any layer above it. */
function layerRules(layers) {
  return layers.slice(0, -1).map((layer, i) => ({
    files: [`src/${layer}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: layers.slice(i + 1).map((above) => ({
            group: [`**/${above}/*`],
            message: `src/${layer} sits below src/${above}: the layer order is ${layers.join(" → ")}.`,
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ["dist", "dist-bench", "node_modules", "test-results", "playwright-report"] },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      // Nothing from a dataset may ever become markup.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render data as text only.",
        },
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
          message: "Render data as text only.",
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Render data as text only.",
        },
        {
          selector: "CallExpression[callee.property.name='html']",
          message: "No d3 .html(): render data as text only.",
        },
      ],
    },
  },
  // Layers, bottom to top: dates → data → model → layout → scene → chart → components. A layer imports only from
  // the layers below it, so the pure core never depends on the views.
  ...layerRules(["dates", "data", "model", "layout", "scene", "chart", "components"]),
  {
    // Tests may assert presence with `!`: a wrong guess fails the test, which is what it is for.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
