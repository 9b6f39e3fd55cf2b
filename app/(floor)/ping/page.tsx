import { connection } from "next/server";

export const metadata = { title: "ping" };

/**
 * The benchmark's floor: a dynamic page rendered on every request that touches no
 * database, so page timings can be read as a ratio to what Next.js itself costs.
 * Also a cheap liveness check for a load balancer.
 */
export default async function Ping() {
  await connection();
  return <p>ok {new Date().toISOString()}</p>;
}
