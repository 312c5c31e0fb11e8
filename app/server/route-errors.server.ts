import type { ActionFunctionArgs, LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import { orErrorResponse } from "~/utils/http.server";

type RouteModule = ServerBuild["routes"][string]["module"];

/**
 * The build with every loader and action answering a module's DomainError (and a value
 * PostgreSQL could not take) with its own status and message, as `orErrorResponse` does. Routes
 * used to opt in to that one by one; a route that forgot turned "not found" or "not yours" into a
 * 500 and an error in the log. Here it is the default, for every route, before Remix sees the error.
 */
export function withErrorStatuses(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) routes[id] = { ...route, module: answeringWithStatus(route.module) };
  return { ...build, routes };
}

function answeringWithStatus(module: RouteModule): RouteModule {
  const { loader, action } = module;
  return {
    ...module,
    ...(loader && { loader: (args: LoaderFunctionArgs) => orErrorResponse(async () => loader(args)) }),
    ...(action && { action: (args: ActionFunctionArgs) => orErrorResponse(async () => action(args)) }),
  };
}
