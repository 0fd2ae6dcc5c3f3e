import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AllChangesView } from "@/components/diff/all-changes-view";
import { loadDecisionPage } from "@/lib/endorsements/loaders";
import { idSchema } from "@/lib/strategies/schema";

type Props = { params: Promise<{ endorsementId: string }> };

async function load({ params }: Props) {
  const id = idSchema.safeParse((await params).endorsementId);
  const page = id.success ? await loadDecisionPage(id.data) : null;
  return page === null || page.fullDiff === null ? null : { page, fullDiff: page.fullDiff };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (loaded === null) return {};
  const t = await getTranslations("decisionBasis");
  return { title: t("allChangesTitle", { from: loaded.fullDiff.basisNumber, to: loaded.page.version.number }) };
}

export default async function DecisionChangesPage(props: Props) {
  const loaded = await load(props);
  if (loaded === null) notFound();
  const [t, tEndorsements] = await Promise.all([getTranslations("decisionBasis"), getTranslations("endorsements")]);
  const href = `/arbetsyta/stallningstagande/${loaded.page.endorsement.id}`;
  return <AllChangesView fullDiff={loaded.fullDiff} number={loaded.page.version.number} back={{ href, label: t("backToDecision"), crumb: tEndorsements("decisionShort") }} />;
}
