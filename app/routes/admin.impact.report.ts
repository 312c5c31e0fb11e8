import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireRole } from "~/modules/auth/index.server";
import { impactQuerySchema } from "~/modules/partners";
import { impactCsv, impactReport, impactReportPdf, periodOf } from "~/modules/partners/index.server";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";
import { todayIn } from "~/utils/zoned-time";

const reportQuerySchema = impactQuerySchema.extend({
  format: z.enum(["pdf", "csv"]).catch("pdf"),
  lang: z.enum(["nl", "en"]).catch("nl"),
});

/** The printable report (PDF) or the Impactmonitor (CSV) of the period and filter the manager is looking at. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const query = parseQuery(args.request, reportQuerySchema);
  const period = periodOf(query, todayIn(new Date(), werkplaats.timezone));
  const report = await impactReport(werkplaats, period, { theme: query.theme, size: query.size, kind: query.kind });
  const narrowed = report.filter.map((f) => `-${f.value}`).join("");
  const name = `impact-${period.from}-${period.to}${narrowed}-${query.lang}`;
  if (query.format === "csv")
    return fileResponse(
      { filename: `${name}.csv`, contentType: "text/csv; charset=utf-8", body: impactCsv(report, query.lang) },
      "attachment",
    );
  return fileResponse(
    { filename: `${name}.pdf`, contentType: "application/pdf", body: await impactReportPdf(report, query.lang) },
    "attachment",
  );
}
