"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { markNotificationsRead } from "@/lib/notifications/mutations";
import { markReadSchema } from "@/lib/notifications/schema";

const markRead = defineAction({
  name: "notification.markRead",
  input: markReadSchema,
  // Only ever the actor's own rows: the mutation puts the actor's id in its where.
  access: "signedIn",
  run: async (input, { actor }) => ({ count: await markNotificationsRead(actor.userId, input.ids) }),
  revalidate: () => ["/arbetsyta/inkorg", "/arbetsyta"],
});

export async function markNotificationsReadAction(_previous: FormState<{ count: number }>, formData: FormData): Promise<FormState<{ count: number }>> {
  return toFormState(await markRead(formData), formValues(formData));
}
