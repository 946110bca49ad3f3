/** A store's notice (lib/storage/record-store.ts: storeNotice) as a polite status line; nothing when all is well. */
export function Notice({ text }: { text: string | null }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
