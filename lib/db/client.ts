import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { getServerEnv } from "@/lib/env";

// One client per process, built lazily so that `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { lansplanPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.lansplanPrisma) {
    const adapter = new PrismaPg({ connectionString: getServerEnv().DATABASE_URL });
    globalForPrisma.lansplanPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.lansplanPrisma;
}

export type Db = PrismaClient;
