/**
 * Export: CSV (with a BOM, so Excel and WPS read the Chinese), a real .xlsx (write-excel-file,
 * loaded only when asked for), copy as a table, print. Inside WeChat, where downloads fail, the
 * download buttons give way to a note and copying.
 */
import { useEffect, useState } from 'preact/hooks';
import { chinaDate } from '../../../lib/task/dates';
import { toCsv, toTsv, type Cell } from '../../../lib/task/table';
import { copyText } from '../shared/clipboard';
import { isInAppBrowser, safeFileName, saveFile } from '../shared/save-file';

interface Props {
  table: Cell[][];
  /** The task's title or id, for the file name. */
  name: string;
}

export default function ResultsExport({ table, name }: Props) {
  const [inApp, setInApp] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  useEffect(() => setInApp(isInAppBrowser(navigator.userAgent)), []);

  const base = `成绩汇总-${safeFileName(name)}-${chinaDate(Date.now())}`;
  const people = table.length - 1;

  const csv = () => {
    saveFile(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    setMessage({ text: `已导出 ${people} 人的成绩：${base}.csv` });
  };

  const xlsx = async () => {
    setMessage({ text: '正在生成 Excel 文件……' });
    try {
      const { default: writeExcelFile } = await import('write-excel-file/browser');
      const [header = [], ...rows] = table;
      const sheet = [header.map((value) => ({ value: String(value ?? ''), fontWeight: 'bold' as const })), ...rows];
      const blob = await writeExcelFile(sheet, { sheet: '成绩汇总', stickyRowsCount: 1 }).toBlob();
      saveFile(blob, `${base}.xlsx`);
      setMessage({ text: `已导出 ${people} 人的成绩：${base}.xlsx` });
    } catch {
      setMessage({ text: 'Excel 文件没有生成（网络中断或浏览器不支持）。请改用“导出 CSV”或“复制表格”。', error: true });
    }
  };

  const copy = async () => {
    const text = toTsv(table);
    if (await copyText(text)) {
      setManualCopy(null);
      setMessage({ text: `已复制 ${people} 人的成绩表，可直接粘贴到 Excel、WPS 表格或微信文档中。` });
    } else {
      setManualCopy(text);
      setMessage({ text: '浏览器不允许自动复制。请在下面的框中全选并复制。', error: true });
    }
  };

  return (
    <section class="export no-print" aria-labelledby="export-heading">
      <h2 id="export-heading">导出与打印</h2>
      {inApp && (
        <p class="notice">
          微信内置浏览器不能下载文件。请点“复制表格”，再粘贴到 WPS、Excel 或微信文档；
          如需文件，请点右上角“…”，选择“在浏览器打开”后再导出。
        </p>
      )}
      <div class="button-row">
        {!inApp && (
          <>
            <button type="button" onClick={csv}>
              导出 CSV
            </button>
            <button type="button" onClick={xlsx}>
              导出 Excel（.xlsx）
            </button>
          </>
        )}
        <button type="button" class={inApp ? 'primary' : undefined} onClick={copy}>
          复制表格
        </button>
        <button type="button" onClick={() => window.print()}>
          打印成绩表
        </button>
      </div>
      <p role="status" class={message?.error ? 'notice' : undefined}>
        {message?.text}
      </p>
      {manualCopy !== null && (
        <>
          <label for="manual-copy">成绩表（制表符分隔，可粘贴到表格软件）</label>
          <textarea id="manual-copy" readOnly rows={6} value={manualCopy} />
        </>
      )}
    </section>
  );
}
