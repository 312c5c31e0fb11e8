import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import { translate, type MessageKey, isLocale } from "~/modules/i18n";

type RootData = { locale?: string; werkplaats?: { name: string } | null } | undefined;

/** `<title>` for a page: the translated page name and the werkplaats. */
export function pageTitle(key: MessageKey, extra: MetaDescriptor[] = []): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === "root")?.data as RootData;
    const locale = isLocale(root?.locale) ? root.locale : "nl";
    const site = root?.werkplaats?.name ?? "Werkplaats";
    return [{ title: `${translate(locale, key)} · ${site}` }, ...extra];
  };
}
