import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxView } from "@/components/notifications/inbox-view";
import { loadInbox } from "@/lib/notifications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage() {
  return <InboxView inbox={await loadInbox()} />;
}
