import { Form, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { useT } from "~/modules/i18n";

const IMAGE_ERRORS = ["events.image.missing", "events.image.tooLarge", "events.image.type"] as const;

/**
 * The picture of an event on its edit page: upload (a multipart form of its own, so the big
 * event form stays a plain one) and remove. The outcome comes back in the address.
 */
export function EventImageForm({ eventId, image }: { eventId: string; image: string | null }) {
  const t = useT();
  const [params] = useSearchParams();
  const error = IMAGE_ERRORS.find((key) => key === params.get("imageError"));
  const done = params.get("image");
  const action = `/admin/events/${eventId}/image`;
  return (
    <section className="card space-y-3" aria-labelledby="image-title">
      <h2 id="image-title" className="text-xl font-bold">
        {t("adminEvents.image.title")}
      </h2>
      {done === "saved" || done === "removed" ? <Notice tone="success">{t(`adminEvents.image.${done}`)}</Notice> : null}
      {image ? (
        <img src={image} alt={t("adminEvents.image.current")} className="aspect-[1200/630] w-full max-w-md rounded object-cover" />
      ) : (
        <p className="text-slate-700">{t("adminEvents.image.none")}</p>
      )}
      <Form method="post" action={action} encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0">
          <label htmlFor="image" className="mb-1 block font-semibold">
            {t("adminEvents.image.file")}
          </label>
          {error ? (
            <p id="image-error" className="text-sm font-semibold text-red-800">
              {t(error, { kb: 1024 })}
            </p>
          ) : null}
          <input
            id="image"
            name="image"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            className="block max-w-full text-sm"
            aria-describedby={error ? "image-error image-hint" : "image-hint"}
            aria-invalid={error ? true : undefined}
          />
          <p id="image-hint" className="text-sm text-slate-600">
            {t("adminEvents.image.hint")}
          </p>
        </div>
        <Button type="submit" variant="secondary">
          {t("adminEvents.image.upload")}
        </Button>
      </Form>
      {image ? (
        <Form method="post" action={action} encType="multipart/form-data">
          <input type="hidden" name="intent" value="remove" />
          <Button type="submit" variant="danger" small>
            {t("adminEvents.image.remove")}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
