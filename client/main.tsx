import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { SessionProvider } from "./app/SessionProvider";
import { I18nProvider, loadInitialLanguage } from "./i18n/I18nProvider";
import "./styles.css";

const root = document.getElementById("root");
if (!root) {
  throw new Error("Parley's page has no #root element");
}
// The first paint is in the person's language: its strings load before anything renders.
const language = await loadInitialLanguage();
createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={language}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
