import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/programmes/date-text";
import { MarkReadButton } from "@/components/notifications/mark-read-button";

type Inbox = {
  items: readonly { id: string; title: string; body: string; link: string | null; readAt: Date | null; createdAt: Date }[];
  unread: number;
};

/** /arbetsyta/inkorg: what happened that concerns the user, newest first. */
export function InboxView({ inbox }: { inbox: Inbox }) {
  const t = useTranslations("inbox");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p data-testid="unread-count">{t("unread", { count: inbox.unread })}</p>
      {inbox.unread > 0 && <MarkReadButton />}
      {inbox.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="inbox-list">
          {inbox.items.map((item) => (
            <li key={item.id} className={`rounded border p-3 ${item.readAt === null ? "border-brand-700 border-l-4" : "border-slate-300"}`}>
              <p className="font-semibold">
                {item.readAt === null && <span className="sr-only">{t("unreadMarker")} </span>}
                {item.link === null ? item.title : <Link href={item.link}>{item.title}</Link>}
              </p>
              <p>{item.body}</p>
              <p className="text-sm">
                <DateText date={item.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
