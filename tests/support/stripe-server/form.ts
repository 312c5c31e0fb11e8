/**
 * Decodes the form bodies the Stripe SDK sends (`metadata[kind]=invoice`,
 * `line_items[0][price_data][unit_amount]=12100`, `expand[]=data.source`) into the nested
 * objects its *CreateParams types describe. Numbers stay strings, as Stripe receives them.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function decodeForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.match(/^[^[]+|\[[^\]]*\]/g)!.map((p) => p.replace(/^\[|\]$/g, ""));
    let node: FormValue = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(path[i + 1]!);
      if (Array.isArray(node)) {
        const index: number = key === "" ? node.length : Number(key);
        if (last) node[index] = value;
        else node[index] ??= nextIsIndex ? [] : {};
        node = node[index]!;
      } else if (typeof node === "object") {
        if (last) node[key] = value;
        else node[key] ??= nextIsIndex ? [] : {};
        node = node[key]!;
      }
    }
  }
  return root;
}

/** A form value as an integer (amounts are integer cents), or undefined. */
export function intOf(value: FormValue | undefined): number | undefined {
  return typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : undefined;
}

export function strOf(value: FormValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function objOf(value: FormValue | undefined): FormObject {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}

export function listOf(value: FormValue | undefined): FormValue[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") return Object.values(value);
  return value === undefined ? [] : [value];
}

/** Metadata as Stripe stores it: a flat map of strings. */
export function metadataOf(value: FormValue | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(objOf(value)).filter((e): e is [string, string] => typeof e[1] === "string"));
}
