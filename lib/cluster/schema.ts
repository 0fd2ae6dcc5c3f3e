import { z } from "zod";

/** What the internal revalidation route accepts (app/api/internal/revalidate). */
export const pageChangeSchema = z.object({
  paths: z
    .array(z.object({ path: z.string().startsWith("/").max(300), type: z.enum(["layout", "page"]).optional() }))
    .min(1)
    .max(50),
});
export type PageChangeInput = z.infer<typeof pageChangeSchema>;
