/**
 * Export: CSV (with a BOM, so Excel and WPS read the Chinese), a real .xlsx (write-excel-file,
 * loaded only when asked for), copy as a table, print. Inside WeChat, where downloads fail, the
 * download buttons give way to a note and copying.
 */
import { useEffect, useState } from 'preact/hooks';
import { chinaDate } from '../../../lib/task/dates';
import { toCsv, toTsv, type Cell } from '../../../lib/task/table';
import type { WrongTally } from '../../../lib/task/results';
import { wrongQuestionsTable } from '../../../lib/task/results-table';
import type { QuizQuestion } from '../../../lib/quiz/types';
import { fetchBank } from './fetch-bank';
import PrintButton from '../shared/PrintButton';
import type { ResultsModule } from './ResultsSummary';
import { copyText } from '../shared/clipboard';
import { isInAppBrowser, safeFileName, saveFile } from '../shared/save-file';

interface Props {
  table: Cell[][];
  /** The task's title or id, for the file name. */
  name: string;
  /** Every question answered wrong, most first (computed on demand: only the .xlsx needs all). */
  wrong: () => WrongTally[];
  modules: ResultsModule[];
}

/** The question texts of the modules in `wrong`; a bank that cannot be fetched is left out. */
async function stems(wrong: WrongTally[], modules: ResultsModule[]) {
  const banks = new Map<string, Map<number, QuizQuestion>>();
  for (const code of new Set(wrong.map((w) => w.code))) {
    const m = modules.find((x) => x.code === code);
    if (m)
      await fetchBank(m).then(
        (bank) => banks.set(code, bank),
        () => undefined,
      );
  }
  return (code: string, n: number) => banks.get(code)?.get(n)?.stem;
}

export default function ResultsExport({ table, name, wrong, modules }: Props) {
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
      const bold = ([header = [], ...rows]: Cell[][]) => [
        header.map((value) => ({ value: String(value ?? ''), fontWeight: 'bold' as const })),
        ...rows,
      ];
      const all = wrong();
      const questions = wrongQuestionsTable(all, modules, await stems(all, modules));
      const blob = await writeExcelFile([
        { data: bold(table), sheet: '成绩汇总', stickyRowsCount: 1 },
        { data: bold(questions), sheet: '错题', stickyRowsCount: 1 },
      ]).toBlob();
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
        <PrintButton label="打印成绩表" />
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
