// Lint as the Power Apps template does: TypeScript's recommended rules plus Microsoft's Power Apps rules
// (@microsoft/eslint-plugin-power-apps flags unsupported or deprecated client API use).
import eslintjs from "@eslint/js";
import microsoftPowerApps from "@microsoft/eslint-plugin-power-apps";
import globals from "globals";
import typescriptEslint from "typescript-eslint";

export default [
    { ignores: ["**/generated", "out/**", "node_modules/**"] },
    eslintjs.configs.recommended,
    ...typescriptEslint.configs.recommended,
    {
        plugins: { "@microsoft/power-apps": microsoftPowerApps },
        languageOptions: { globals: { ...globals.browser, ComponentFramework: true } },
        rules: {
            ...microsoftPowerApps.configs.paCheckerHosted.rules,
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
        },
    },
];
