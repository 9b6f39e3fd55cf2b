"use client";

// Shown only when the root layout itself fails, so it cannot use the layout's
// languages or styles. Our own, smaller than Next.js's built-in one, which every page
// would otherwise load (docs/decisions/0006).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <h1>Something went wrong · 오류가 발생했습니다 · 出错了</h1>
        <button type="button" onClick={reset}>
          Try again · 다시 시도 · 重试
        </button>
      </body>
    </html>
  );
}
