/**
 * Paints an SVG of filled rectangles (a white background `rect` and `path`s made of
 * `M x,y h… v… h… z` squares, as QR renderers write them) onto a pixel grid, one pixel per
 * user unit, so a decoder sees what a phone camera would. Anything else in the SVG throws:
 * a change of shape must fail the test, not be skipped.
 */
export function rasterizeSvg(svg: string) {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!viewBox) throw new Error("SVG without a viewBox starting at 0 0");
  const width = Number(viewBox[1]);
  const height = Number(viewBox[2]);
  const dark = new Uint8Array(width * height);
  const fill = (x: number, y: number, w: number, h: number, value: number) => {
    for (let row = Math.max(0, y); row < Math.min(height, y + h); row++)
      for (let col = Math.max(0, x); col < Math.min(width, x + w); col++) dark[row * width + col] = value;
  };

  const shapes = svg.replace(/^<svg[^>]*>|<\/svg>$/g, "").match(/<[^>]+>/g) ?? [];
  for (const shape of shapes) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(shape)?.[1];
    const value = attr("fill") === "white" ? 0 : attr("fill") === "black" ? 1 : undefined;
    if (value === undefined) throw new Error(`unexpected fill in ${shape.slice(0, 40)}`);
    if (shape.startsWith("<rect")) {
      fill(Number(attr("x") ?? 0), Number(attr("y") ?? 0), Number(attr("width")), Number(attr("height")), value);
    } else if (shape.startsWith("<path")) {
      for (const [x, y, w, h] of rectangles(attr("d") ?? "")) fill(x, y, w, h, value);
    } else {
      throw new Error(`unexpected element ${shape.slice(0, 40)}`);
    }
  }

  const pixels = new Uint8ClampedArray(width * height * 4);
  dark.forEach((d, i) => {
    pixels[i * 4] = pixels[i * 4 + 1] = pixels[i * 4 + 2] = d ? 0 : 255;
    pixels[i * 4 + 3] = 255;
  });
  return { pixels, width, height, isDark: (x: number, y: number) => dark[y * width + x] === 1 };
}

/** The rectangles of a path written as closed `M x,y h… v… h… z` subpaths. */
function rectangles(d: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const sub of d
    .split(/z/i)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^M(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)h(-?\d+(?:\.\d+)?)v(-?\d+(?:\.\d+)?)h(-?\d+(?:\.\d+)?)$/.exec(sub);
    if (!m || Number(m[5]) !== -Number(m[3])) throw new Error(`not a rectangle: ${sub}`);
    const [x, y, w, h] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    out.push([Math.min(x, x + w), Math.min(y, y + h), Math.abs(w), Math.abs(h)]);
  }
  return out;
}
