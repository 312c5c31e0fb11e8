import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Avatar } from "~/components/members/avatar";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { directoryFilterSchema } from "~/modules/directory";
import { listDirectory, tagCloud } from "~/modules/directory/index.server";
import { useT } from "~/modules/i18n";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("directory.title");

/**
 * The member directory: members (and staff and managers, who run the place). Students and
 * teachers read only the members who offered to help student teams, the expert pool.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats, roles } = requireRole(args, "member", "staff", "manager", "student", "teacher");
  const f = parseQuery(args.request, directoryFilterSchema);
  const expertsOnly = !roles.some((r) => r === "member" || r === "staff" || r === "manager");
  const [people, tags] = await Promise.all([
    listDirectory(werkplaats.id, { q: f.q, tag: f.tag, helps: expertsOnly || f.helps === "1" }),
    tagCloud(werkplaats.id),
  ]);
  return { people, tags: tags.slice(0, 24), isMember: roles.includes("member"), expertsOnly };
}

export default function Directory() {
  const t = useT();
  const { people, tags, isMember, expertsOnly } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const activeTag = params.get("tag");
  const tagLink = (tag: string | null) => {
    const next = new URLSearchParams(params);
    if (tag) next.set("tag", tag);
    else next.delete("tag");
    return `?${next.toString()}`;
  };
  return (
    <div>
      <PageHeader
        title={t(expertsOnly ? "directory.expertsTitle" : "directory.title")}
        intro={t(expertsOnly ? "directory.expertsIntro" : "directory.intro")}
        actions={
          isMember ? (
            <LinkButton to="/directory/profile" variant="secondary">
              {t("directory.editProfile")}
            </LinkButton>
          ) : undefined
        }
      />
      <Form method="get" role="search" className="card mb-4 flex flex-wrap items-end gap-3">
        {activeTag ? <input type="hidden" name="tag" value={activeTag} /> : null}
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("directory.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} className="input" />
        </div>
        {expertsOnly ? null : (
          <div className="flex items-center gap-2 pb-2">
            <input
              id="helps"
              name="helps"
              type="checkbox"
              value="1"
              defaultChecked={params.get("helps") === "1"}
              className="h-5 w-5 accent-[var(--color-accent)]"
            />
            <label htmlFor="helps">{t("directory.onlyHelpers")}</label>
          </div>
        )}
        <Button type="submit" variant="secondary">
          {t("people.searchSubmit")}
        </Button>
      </Form>
      {tags.length > 0 ? (
        <nav aria-label={t("directory.tags")} className="mb-5 flex flex-wrap gap-2">
          {activeTag ? (
            <Link
              to={tagLink(null)}
              className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-semibold text-slate-800 no-underline"
            >
              {t("directory.allTags")}
            </Link>
          ) : null}
          {tags.map(({ tag, n }) => (
            <Link
              key={tag}
              to={tagLink(tag)}
              aria-current={activeTag === tag ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm no-underline ${activeTag === tag ? "border-accent bg-accent font-semibold text-accent-ink" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
            >
              {tag} ({n})
            </Link>
          ))}
        </nav>
      ) : null}
      {people.length === 0 ? (
        <div className="card text-slate-700">{t("directory.empty")}</div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {people.map((p) => (
            <li key={p.userId} className="card">
              <div className="flex items-start gap-4">
                <Avatar userId={p.userId} name={p.name} photoAt={p.photoAt} />
                <div className="min-w-0">
                  <h2 className="text-lg font-bold">{p.name}</h2>
                  {p.headline ? <p className="text-slate-800">{p.headline}</p> : null}
                  {p.company ? <p className="text-sm text-slate-600">{p.company}</p> : null}
                </div>
              </div>
              {p.bio ? <p className="mt-3 text-slate-700">{p.bio}</p> : null}
              {p.expertise.length > 0 ? (
                <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("directory.expertise")}>
                  {p.expertise.map((tag) => (
                    <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
                      {tag}
                    </li>
                  ))}
                </ul>
              ) : null}
              {p.helpsStudents ? (
                <p className="mt-3">
                  <StatusBadge tone="good">{t("directory.helps", { hours: p.helpHoursPerMonth })}</StatusBadge>
                </p>
              ) : null}
              <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
                <a href={`mailto:${p.email}`}>{t("directory.mail", { name: p.name.split(" ")[0] ?? p.name })}</a>
                {p.website ? (
                  <a href={p.website} rel="noopener noreferrer nofollow" target="_blank">
                    {t("directory.website")}
                  </a>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
