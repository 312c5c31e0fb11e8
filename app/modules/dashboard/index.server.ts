// What other modules and routes may use of dashboard on the server (with everything in index.ts).
export { dashboardFor } from "./start-page.server";
