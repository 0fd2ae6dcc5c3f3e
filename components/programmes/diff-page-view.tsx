import Link from "next/link";
import { useTranslations } from "next-intl";
import { ItemDiffList } from "@/components/diff/item-diff-list";
import { VersionDiffView } from "@/components/diff/version-diff-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SelectField } from "@/components/ui/text-field";
import type { VersionDiffPage } from "@/lib/programmes/types";

/** /arbetsyta/program/[programmeId]/jamfor: pick two versions (and an organisation), see the diff. */
export function DiffPageView({ page }: { page: VersionDiffPage }) {
  const t = useTranslations("diff");
  const tNav = useTranslations("authoringNav");
  const tStatus = useTranslations("status");
  const base = `/arbetsyta/program/${page.programme.id}`;
  const versionOptions = page.versions.map((v) => ({
    value: String(v.number),
    label: t("versionOption", { number: v.number, status: tStatus(v.status) }),
  }));
  const pairQuery = page.from !== null && page.to !== null ? `fran=${page.from.number}&till=${page.to.number}` : "";
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <Breadcrumbs
          label={tNav("breadcrumbs")}
          items={[
            { href: "/arbetsyta", label: tNav("workspace") },
            { href: "/arbetsyta/strategier", label: tNav("strategies") },
            { href: base, label: page.programme.title },
            { href: `${base}/jamfor`, label: t("title") },
          ]}
        />
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{page.programme.title}</p>
      </div>
      <form method="get" action={`${base}/jamfor`} className="grid max-w-3xl gap-4 sm:grid-cols-2" data-testid="compare-form">
        <SelectField id="diff-from" name="fran" label={t("from")} defaultValue={page.from?.number.toString()} options={versionOptions} />
        <SelectField id="diff-to" name="till" label={t("to")} defaultValue={page.to?.number.toString()} options={versionOptions} />
        <div className="sm:col-span-2">
          <SelectField
            id="diff-organisation"
            name="organisation"
            label={t("organisationFilter")}
            hint={t("organisationFilterHint")}
            defaultValue={page.organisationFilter?.id ?? ""}
            options={[{ value: "", label: t("allOrganisations") }, ...page.organisations.map((o) => ({ value: o.id, label: o.name }))]}
          />
        </div>
        <div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("show")}
          </button>
        </div>
      </form>

      {page.diff === null || page.from === null || page.to === null ? (
        <p>{t("pickTwo")}</p>
      ) : (
        <div className="space-y-6">
          <p className="text-lg">{t("comparing", { from: page.from.number, to: page.to.number })}</p>
          {page.from.number === page.to.number && <p>{t("sameVersion")}</p>}
          {page.organisationFilter !== null ? (
            <section aria-labelledby="diff-organisation-title" className="space-y-4" data-testid="organisation-diff">
              <h2 id="diff-organisation-title" className="text-2xl">
                {t("forOrganisation", { organisation: page.organisationFilter.name })}
              </h2>
              <ItemDiffList items={page.organisationFilter.items} names={page.names} />
              <p>
                <Link href={`${base}/jamfor?${pairQuery}`}>{t("showAll")}</Link>
              </p>
            </section>
          ) : (
            <VersionDiffView diff={page.diff} names={page.names} />
          )}
        </div>
      )}
    </div>
  );
}
