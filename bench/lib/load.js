// autocannon runs and the figures we report from them.
import autocannon from "autocannon";

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);

export function run({ url, connections = 20, duration = DURATION, headers = {}, method = "GET", body, requests }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, method, body, requests }, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        total: result.requests.total,
        non2xx: result.non2xx,
        // 304 Not Modified is what a repeat visit with a validator should get.
        notModified: result["3xx"],
        errors: result.errors + result.timeouts,
      });
    });
  });
}

/** Logs in through the real form and returns the session cookie. */
export async function loginCookie(base, email, password) {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (res.status !== 302 || !cookie) throw new Error(`login for the benchmark failed: ${res.status}`);
  return cookie;
}
