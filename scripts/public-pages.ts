/** The public pages whose first-load JavaScript is measured (scripts/bench.ts, scripts/measure-js.ts). */
export function publicPages(agreementPage: string): string[] {
  return [
    "/",
    "/agreements",
    "/agreements?q=carbon",
    agreementPage,
    "/timeline",
    "/status",
    "/ministries",
    "/dialogues",
    "/plans",
    "/sources",
  ];
}
