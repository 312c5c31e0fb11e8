import { ErrorPage } from "~/components/error-page";
import { notFoundResponse } from "~/utils/http.server";

/** Every URL no other route claims: a 404 in the user's language. */
export function loader() {
  notFoundResponse();
}

export default function NotFound() {
  return null;
}

export const ErrorBoundary = ErrorPage;
