import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chinaDateTime, daysLeft, onTime } from '../../src/lib/task/dates';
import { questionIdByNumber, questionNumbers } from '../../src/lib/task/question-ref';
import { encodeReceipt, findReceipts, type Receipt } from '../../src/lib/task/receipt';
import { toCsv, toTsv } from '../../src/lib/task/table';

/** Property tests run hundreds of cases; the shared 2-core machine can be slow. */
const PROPERTY_TIMEOUT = { timeout: 60_000 };

const base: Receipt = {
  taskId: 'K3F9QX',
  name: '王芳',
  unit: '东风镇红旗村',
  completedAt: Date.UTC(2026, 11, 2, 1, 15),
  partial: false,
  modules: [{ code: 'ov', best: 90, wrong: [4] }],
};
const li = encodeReceipt({ ...base, name: '李明', partial: true, modules: [{ code: 'ov', best: 60, wrong: [2, 4] }] });
const wang = encodeReceipt(base);

describe('finding receipts in pasted chat text', PROPERTY_TIMEOUT, () => {
  it('finds codes among names, times and words, glued to Chinese text, and lists damaged ones by line', () => {
    const chat = [
      '东风镇培训群',
      '王芳 2026-12-02 09:15',
      `我的回执：${wang}谢谢！`,
      '李明 09:20',
      li,
      '赵强 09:31',
      `回执 ${wang.slice(0, -6)}`,
      `${li.slice(0, 12)}x${li.slice(13)}，麻烦看看`,
    ].join('\n');
    const { found, damaged } = findReceipts(chat);
    expect(found.map((f) => f.receipt.name)).toEqual(['王芳', '李明']);
    expect(found[1]!.receipt.partial).toBe(true);
    expect(damaged.map((d) => d.line)).toEqual([7, 8]);
    expect(damaged[0]!.error).toMatch(/回执码不完整或有改动/);
    // The sender: the WeChat header above a line that only labels the code, or the line's own words.
    expect(damaged.map((d) => d.sender)).toEqual(['赵强 09:31 回执', '，麻烦看看']);
  });

  it('finds nothing in text without codes, and treats a bare prefix as damaged', () => {
    expect(findReceipts('大家好，明天开会。\nHello world')).toEqual({ found: [], damaged: [] });
    expect(findReceipts('HJR1-').damaged).toHaveLength(1);
  });

  it('reads one receipt per line from a file of a thousand', () => {
    const text = Array.from({ length: 1000 }, (_, i) => encodeReceipt({ ...base, name: `学员${i}` })).join('\r\n');
    const { found, damaged } = findReceipts(text);
    expect(found).toHaveLength(1000);
    expect(damaged).toHaveLength(0);
  });
});

describe('question refs', PROPERTY_TIMEOUT, () => {
  it('turn ids into numbers and back through the real ids', () => {
    const ids = ['overview-04', 'overview-12', 'overview-x', 'overview-day-01', 'other-03'];
    expect(questionNumbers(ids, 'overview')).toEqual([4, 12]);
    expect(questionIdByNumber(ids, 'overview').get(4)).toBe('overview-04');
  });
});

describe('China-time dates', PROPERTY_TIMEOUT, () => {
  const deadline = '2026-12-20';
  it('counts a receipt made before midnight in Beijing on the deadline day as on time', () => {
    expect(onTime(Date.UTC(2026, 11, 20, 15, 59), deadline)).toBe(true);
    expect(onTime(Date.UTC(2026, 11, 20, 16, 0), deadline)).toBe(false);
    expect(chinaDateTime(Date.UTC(2026, 11, 20, 15, 59))).toBe('2026-12-20 23:59');
  });
  it('counts days left from the Beijing date', () => {
    expect(daysLeft(deadline, Date.UTC(2026, 11, 19, 16, 30))).toBe(0);
    expect(daysLeft(deadline, Date.UTC(2026, 11, 22, 1, 0))).toBe(-2);
    expect(daysLeft('2026-02-30', 0)).toBeNull();
  });
});

/** A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV and TSV', PROPERTY_TIMEOUT, () => {
  const rows = [
    ['姓名', '单位', '得分'],
    ['张三, 李四', '他说"好"', 95],
    ['多行\n名字', '=HYPERLINK("x")', null],
  ];

  it('writes CSV with a BOM, CRLF, and quotes commas, quotes and newlines', () => {
    const csv = toCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '姓名,单位,得分',
      '"张三, 李四","他说""好""",95',
      '"多行\n名字","\'=HYPERLINK(""x"")",',
      '',
    ]);
  });

  it('writes CSV that an RFC 4180 reader splits back into the same cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 5 })),
        (table) => {
          const safe = table.map((row) => row.map((cell) => cell.replace(/^[=+\-@\t\r]/, 'x')));
          expect(readCsv(toCsv(safe))).toEqual(safe);
        },
      ),
    );
  });

  it('writes TSV that keeps every value in its own cell', () => {
    expect(toTsv([['a\tb', 'c\nd', 1]])).toBe('a b\tc d\t1\n');
  });
});

describe('xlsx', PROPERTY_TIMEOUT, () => {
  it('writes a workbook that unzips to a sheet with the Chinese row', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/universal');
    const blob = await writeExcelFile([
      ['姓名', '单位', '得分'],
      ['张三', '东风镇红旗村', 95],
    ]).toBlob();
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toContain('xl/workbook.xml');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    expect(sheet + strings).toContain('东风镇红旗村');
    expect(sheet).toMatch(/<v>95<\/v>/);
  });
});
