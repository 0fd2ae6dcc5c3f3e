import type { OrganisationKind } from "@/lib/db/generated/client";

export type { OrganisationKind };

/**
 * Where an organisation is listed in the picker: the county's own organisations first
 * (Länsstyrelsen, Region, police area, municipalities), then national agencies and others.
 */
export type OrganisationPickerGroup = "COUNTY" | "NATIONAL";

/** One organisation the coordinator may make responsible for or partner in an action. */
export type OrganisationOption = {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  group: OrganisationPickerGroup;
  /**
   * False for organisations an action may no longer name: inactive ones (e.g. Landstinget Sörmland,
   * now Region Sörmland) and other counties' ones. They are listed only when the action still names
   * them, so the coordinator sees them and can remove them; saving with one of them involved is
   * refused.
   */
  selectable: boolean;
};
