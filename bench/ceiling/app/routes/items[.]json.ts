// The resource-route ceiling: a loader answering fixed JSON, no React, nothing else. The
// calendar JSON is measured against it (a page would be the wrong yardstick for JSON).
const items = Array.from({ length: 50 }, (_, i) => ({ id: `item-${i}`, title: `Vergadering ${i}`, start: "2026-12-01T09:00:00Z" }));

export function loader() {
  return Response.json(items);
}
