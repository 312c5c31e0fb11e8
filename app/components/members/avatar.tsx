import { initialsOf } from "~/modules/directory";

/** A member's photo, or their initials in a circle. The name is next to it, so the image is decorative. */
export function Avatar({
  userId,
  name,
  photoAt,
  size = 56,
}: {
  userId: string;
  name: string;
  photoAt: string | Date | null;
  size?: number;
}) {
  if (photoAt) {
    const v = new Date(photoAt).getTime();
    return (
      <img
        src={`/directory/photo/${userId}?v=${v}`}
        alt=""
        width={size}
        height={size}
        className="shrink-0 rounded-full object-cover"
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <span
      aria-hidden
      className="grid shrink-0 place-items-center rounded-full bg-sky-900 font-bold text-white"
      style={{ width: size, height: size, fontSize: size / 2.8 }}
    >
      {initialsOf(name)}
    </span>
  );
}
