/**
 * The certificate as a printable sheet, built with createElement and text nodes only (names and
 * titles come from the link and the record). The QR code is a PNG <img>, as on the task page.
 */
import { certificateText, type Certificate } from '../../lib/task/certificate';
import { qrCode } from './qr';

type Child = Node | string | number;

/** An element with attributes and text or element children. */
export function element(tag: string, attrs: Record<string, string>, children: Child[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children.map((c) => (typeof c === 'number' ? String(c) : c)));
  return el;
}

export function certificateSheet(c: Certificate): HTMLElement {
  const words = certificateText(c);
  const rows = c.modules.map((m) =>
    element('tr', {}, [
      element('td', {}, [m.title]),
      element('td', {}, [`${m.best} 分`]),
      element('td', {}, [m.date ?? '—']),
    ]),
  );
  const qr = element('div', { class: 'certificate-qr' });
  // Opaque white, as QrImage.tsx: saved or forwarded, a transparent code lands black on black.
  const png = (code: Awaited<ReturnType<typeof qrCode>>) =>
    code.toDataURL({ scale: 8, pad: 4, on: [0, 0, 0, 255], off: [255, 255, 255, 255] });
  qrCode(c.code).then(
    (code) => qr.append(element('img', { src: png(code), alt: `${c.name}的证明码二维码` })),
    () => qr.append(element('p', { class: 'meta' }, ['二维码未能生成，请使用下面的证明码。'])),
  );
  return element('article', { class: 'certificate', 'aria-label': '学习证明' }, [
    element('p', { class: 'certificate-title', 'aria-hidden': 'true' }, ['学习证明']),
    element('p', { class: 'certificate-name' }, [c.name]),
    element('p', { class: 'certificate-unit' }, [c.unit]),
    element('p', {}, [words.completion]),
    element('table', { class: 'certificate-modules' }, [
      element('thead', {}, [
        element('tr', {}, [
          element('th', { scope: 'col' }, ['模块']),
          element('th', { scope: 'col' }, ['最高分']),
          element('th', { scope: 'col' }, ['达标日期']),
        ]),
      ]),
      element('tbody', {}, rows),
    ]),
    element('p', {}, [words.dates]),
    element('div', { class: 'certificate-check' }, [
      qr,
      element('div', {}, [
        element('p', {}, [words.codeLabel]),
        element('p', { class: 'certificate-code', 'data-certificate-code': '' }, [c.code]),
      ]),
    ]),
    element('p', { class: 'certificate-note' }, [words.note]),
  ]);
}
