"use server";

import { defineAction } from "@/lib/actions/define-action";
import { countiesWhere } from "@/lib/auth/policy";
import { formValues, toFormState, type FormState } from "@/lib/actions/form-state";
import { findCountyId, findStrategyCountyId } from "@/lib/strategies/data";
import { createStrategy, recordStrategyExtension, updateStrategy } from "@/lib/strategies/mutations";
import { createStrategySchema, recordExtensionSchema, updateStrategySchema } from "@/lib/strategies/schema";
import type { ExtensionRecorded, StrategySaved } from "@/lib/strategies/types";

// Every exported function here is a public POST endpoint (STYLE.md §3): parse → authorize against
// the county of the record (looked up, never taken from the form) → one domain call → revalidate.

const overviewPath = "/arbetsyta/strategier";
const strategyPath = (strategyId: string) => `${overviewPath}/${strategyId}`;

/** Strategy county from the database; an unknown strategy authorizes nothing. */
async function strategyResource(strategyId: string): Promise<{ countyId?: string }> {
  const countyId = await findStrategyCountyId(strategyId);
  return countyId === null ? {} : { countyId };
}

const create = defineAction({
  name: "strategy.create",
  input: createStrategySchema,
  access: "permission",
  permission: "strategy.edit",
  // The county is the resource a new strategy is created in: it must exist, and the policy checks
  // that the actor coordinates it.
  resource: async (input) => {
    const countyId = await findCountyId(input.countyId);
    return countyId === null ? {} : { countyId };
  },
  run: (input, { actor }) => createStrategy(actor, input.countyId, input),
  revalidate: () => [overviewPath],
});

const update = defineAction({
  name: "strategy.update",
  input: updateStrategySchema,
  access: "permission",
  permission: "strategy.edit",
  resource: (input) => strategyResource(input.strategyId),
  run: (input, { actor }) => updateStrategy(actor, countiesWhere(actor, "strategy.edit"), input),
  revalidate: (input) => [overviewPath, strategyPath(input.strategyId)],
});

const extend = defineAction({
  name: "strategy.extend",
  input: recordExtensionSchema,
  access: "permission",
  permission: "strategy.edit",
  resource: (input) => strategyResource(input.strategyId),
  run: (input, { actor }) => recordStrategyExtension(actor, countiesWhere(actor, "strategy.edit"), input),
  revalidate: (input) => [overviewPath, strategyPath(input.strategyId)],
});

/**
 * "Ny strategi". No redirect on success: the form first forgets the draft it kept in the browser,
 * then goes to the new strategy's page (without JavaScript it links there).
 */
export async function createStrategyAction(_previous: FormState<StrategySaved>, formData: FormData): Promise<FormState<StrategySaved>> {
  return toFormState(await create(formData), formValues(formData));
}

export async function updateStrategyAction(_previous: FormState<StrategySaved>, formData: FormData): Promise<FormState<StrategySaved>> {
  return toFormState(await update(formData), formValues(formData));
}

export async function recordStrategyExtensionAction(
  _previous: FormState<ExtensionRecorded>,
  formData: FormData,
): Promise<FormState<ExtensionRecorded>> {
  return toFormState(await extend(formData), formValues(formData));
}
