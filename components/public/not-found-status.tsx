import { notFound } from "next/navigation";

/**
 * Renders nothing; throws notFound() so that the response gets status 404. Only inside a Suspense
 * boundary, see PublicNotFoundPage.
 */
export async function NotFoundStatus(): Promise<null> {
  notFound();
}
