// CPU time of other processes, read from /proc: what a server spends per request, whatever the
// neighbours on a shared machine do to the wall clock (a busy machine stretches the time a
// request waits, not the CPU it costs).
import fs from "node:fs";

const TICK_US = 1_000_000 / 100; // USER_HZ: 100 on Linux (`getconf CLK_TCK`)

/** User + system CPU of one process (all its threads), in µs; 10 ms resolution. */
function processCpuUs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces and parentheses: fields count from the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

/** CPU of a PostgreSQL cluster's processes (the postmaster's children: backends, walwriter, …), in µs. */
function clusterCpuUs(dataDir) {
  const postmaster = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  let total = processCpuUs(postmaster);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === postmaster) total += processCpuUs(Number(entry));
    } catch {
      /* the process ended between the listing and the read */
    }
  }
  return total;
}

/**
 * Sends `count` requests one after another (after `warmUp` unmeasured ones) and returns the CPU
 * the server process (and the database cluster, when given) spent per request, in µs.
 * `request(i)` returns a fetch promise; a status outside `expect` stops the run.
 */
export async function cpuPerRequest({ pid, pgDataDir, request, count, warmUp = 20, expect = [200] }) {
  const send = async (i) => {
    const res = await request(i);
    await res.arrayBuffer();
    if (!expect.includes(res.status)) throw new Error(`request ${i} answered ${res.status}, expected ${expect.join(" or ")}`);
  };
  for (let i = 0; i < warmUp; i++) await send(i);
  const cpu0 = processCpuUs(pid);
  const db0 = pgDataDir ? clusterCpuUs(pgDataDir) : undefined;
  const t0 = performance.now();
  for (let i = warmUp; i < warmUp + count; i++) await send(i);
  const wallMs = performance.now() - t0;
  const appUs = (processCpuUs(pid) - cpu0) / count;
  const dbUs = pgDataDir ? (clusterCpuUs(pgDataDir) - db0) / count : undefined;
  return { appUs: Math.round(appUs), dbUs: dbUs === undefined ? undefined : Math.round(dbUs), wallMs: wallMs / count };
}
