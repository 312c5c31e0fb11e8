import { create } from "xmlbuilder2";
import { invalid } from "~/utils/errors";

/**
 * Reading XML from banks: a parsed DOM walked by local names, so a file's namespace prefixes
 * (or none) do not matter. Documents with a DOCTYPE are refused before parsing: no statement
 * needs one, and entities are how an uploaded XML file reaches for other files.
 */
export function parseXml(text: string, errorKey: string): Element {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw invalid(errorKey);
  try {
    return create(text.replace(/^\uFEFF/, "")).root().node as unknown as Element;
  } catch {
    throw invalid(errorKey);
  }
}

export function children(parent: Element | null | undefined, name: string): Element[] {
  if (!parent) return [];
  const out: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
}

/** The element at a path of local names below `from`, or null. */
export function at(from: Element | null | undefined, ...path: string[]): Element | null {
  let current: Element | null = from ?? null;
  for (const name of path) {
    current = children(current, name)[0] ?? null;
    if (!current) return null;
  }
  return current;
}

/** The trimmed text at a path, or null when absent or empty. */
export function textAt(from: Element | null | undefined, ...path: string[]): string | null {
  const text = at(from, ...path)?.textContent?.trim();
  return text ? text : null;
}
