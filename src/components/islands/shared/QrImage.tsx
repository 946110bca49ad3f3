/**
 * A QR code as a PNG data URL in an <img>: WeChat's long-press recognition reads images, not
 * canvas or inline SVG. lean-qr is imported on first use, so only pages that show a code load it.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What the code holds (a link or a receipt code). */
  text: string;
  /** Says what the code is for, e.g. 任务链接二维码. */
  alt: string;
  class?: string;
}

type State = { src: string; version: number } | { error: true } | null;

export default function QrImage({ text, alt, class: className }: Props) {
  const [state, setState] = useState<State>(null);
  useEffect(() => {
    let live = true;
    setState(null);
    import('lean-qr')
      .then(({ generate, correction }) => {
        // Level M survives a smudged print or a cracked screen; a 4-module quiet zone as ISO asks.
        const code = generate(text, { minCorrectionLevel: correction.M });
        // Opaque white, not lean-qr's transparent default: a saved or forwarded image lands on
        // WeChat's black viewer or a JPEG's black fill, where a transparent code is black on black.
        const src = code.toDataURL({ scale: 8, pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] });
        if (live) setState({ src, version: (code.size - 17) / 4 });
      })
      .catch(() => live && setState({ error: true }));
    return () => {
      live = false;
    };
  }, [text]);
  if (state === null) return <p class="qr-placeholder">正在生成二维码…</p>;
  if ('error' in state) {
    return (
      <p class="notice" role="status">
        二维码未能生成（内容过长或浏览器不支持），请改用上面的链接或文字。
      </p>
    );
  }
  return <img class={className ?? 'qr'} src={state.src} alt={alt} data-qr-version={state.version} />;
}
