/**
 * Code the 学习证明 page needs only sometimes waits in <template data-NAME-loader>: cloned into the
 * page once, its script sets a window property and fires `hj:NAME` (Vite's import() would add its
 * 0.9 KB preload helper to the page instead). Resolves with what the script set; rejects when the
 * template is missing or its script cannot be fetched.
 */
export function templateCode<T>(name: string, loaded: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const ready = () => resolve(loaded()!);
    if (loaded()) return ready();
    addEventListener(`hj:${name}`, ready, { once: true });
    const loader = document.querySelector<HTMLTemplateElement>(`template[data-${name}-loader]`);
    if (!loader) return reject(new Error(`no ${name} loader`));
    loader.remove();
    loader.content.querySelector('script')?.addEventListener('error', reject);
    document.body.append(loader.content);
  });
}
