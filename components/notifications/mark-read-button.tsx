"use client";

import { useTranslations } from "next-intl";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkReadButton() {
  const t = useTranslations("inbox");
  return <ActionButtonForm action={markNotificationsReadAction} fields={{}} label={t("markAllRead")} pendingLabel={t("marking")} variant="secondary" />;
}
