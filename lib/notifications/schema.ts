import { z } from "zod";
import { idListSchema } from "@/lib/consultations/schema";

/** "Markera som läst": the ids of the actor's notifications; none = all of them. */
export const markReadSchema = z.object({ ids: idListSchema });
