#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these offline machines.
# PRISMA_SCHEMA_ENGINE_BINARY points here so the Prisma CLI skips the download; generate, validate
# and format never execute it. Commands that would need the real engine end up here instead.
echo "Prisma's schema engine is not available offline. Use: npm run db:migrate (apply), npm run db:diff -- <name> (create a migration), npm run db:check (drift check)." >&2
exit 1
