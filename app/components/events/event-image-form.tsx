import { Form, useSearchParams } from "@remix-run/react";
import { FileField } from "~/components/form";
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
          <FileField
            name="image"
            scope="event"
            label={t("adminEvents.image.file")}
            hint={t("adminEvents.image.hint")}
            error={error ? { key: error, vars: { kb: 1024 } } : null}
            accept="image/png,image/jpeg,image/webp"
          />
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
