import { z } from "zod";

/**
 * Server environment, validated once. A missing or wrong setting stops the app with one sentence
 * that names the variable (see instrumentation.ts), never a stack trace.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL saknas: ange en PostgreSQL-adress (postgresql://…) eller starta med npm start." })
      .regex(/^postgres(ql)?:\/\//, {
        error: "DATABASE_URL måste vara en PostgreSQL-adress som börjar med postgresql://.",
      }),
    NEXTAUTH_SECRET: z.string().optional(),
    NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL måste vara en fullständig adress, t.ex. https://lansplan.example.se." }).optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { error: "SMTP_URL måste börja med smtp:// eller smtps://." })
      .optional(),
    MAIL_FROM: z.string().default("Länsplan <no-reply@lansplan.local>"),
    LANSPLAN_DEMO: booleanFlag,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.LANSPLAN_DEMO && (env.NEXTAUTH_SECRET ?? "").length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET saknas eller är kortare än 32 tecken: ange en lång slumpmässig hemlighet i produktion.",
      });
    }
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment object; throws EnvError whose message is one sentence naming the variable. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? "okänd variabel");
  // Messages that already start with the variable's name are one full sentence as they are.
  const text = issue?.message ?? "ogiltigt värde";
  const message = text.startsWith(variable) ? text : `${variable}: ${text}`;
  throw new EnvError(variable, message);
}

let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** Demo mode: demo sign-in for the seeded accounts. On with the embedded database (npm start) or LANSPLAN_DEMO=1. */
export function isDemoMode(): boolean {
  return getServerEnv().LANSPLAN_DEMO;
}
