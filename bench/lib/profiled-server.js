// Runs server.js with an in-process CPU profiler that the benchmark switches on and off with
// SIGUSR2, so a profile holds exactly one scenario's fixed number of requests (not the start-up,
// the seed or the set-up requests, which `node --cpu-prof` would mix in).
// Each stop writes PROFILE_DIR/<n>.cpuprofile and then PROFILE_DIR/<n>.done.
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

const dir = process.env.PROFILE_DIR;
fs.mkdirSync(dir, { recursive: true });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
// 250 µs between samples: a request of a few ms gets enough samples to attribute.
await session.post("Profiler.setSamplingInterval", { interval: 250 });
let running = false;
let n = 0;
process.on("SIGUSR2", async () => {
  if (!running) {
    running = true;
    await session.post("Profiler.start");
    return;
  }
  running = false;
  const { profile } = await session.post("Profiler.stop");
  n += 1;
  fs.writeFileSync(path.join(dir, `${n}.cpuprofile`), JSON.stringify(profile));
  fs.writeFileSync(path.join(dir, `${n}.done`), "");
});

await import("../../server.js");
