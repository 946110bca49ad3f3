/**
 * 名单: the trainees a trainer expects, pasted once from wherever the names already are — an
 * Excel column pair (姓名, 单位), a WeChat member list, one per line — and read tolerantly.
 *
 * Promise: pure and total. Any text gives a list of people (without repeats) and the lines it
 * could not read, each with a reason; nothing is dropped silently.
 */
import { PROFILE_LIMITS } from '../progress/profile.ts';
import { personKey } from './person-key.ts';

export interface RosterEntry {
  name: string;
  /** Empty when the list gave no unit: then the name alone identifies the person. */
  unit: string;
}

export interface SkippedLine {
  /** 1-based line of the pasted text. */
  line: number;
  text: string;
  reason: string;
}

/** Far above a county's round; a longer paste is probably not a name list. */
export const MAX_ROSTER = 2000;

// Words that end a unit's name: a second cell ending so is a unit, not another person.
const UNIT_END =
  /(村|社区|居委会|村委会|委员会|镇|乡|街道|办事处|党委|党支部|党总支|支部|单位|局|部|办|组|站|所|中心|公司)$/;
const HEADER = /^(序号|编号)?\s*(姓名|名字|名单)([\s,，\t]*(单位|所在单位|村|社区|村社区|村（社区）))?$/;
// "1. ", "12、", "(3) " before a name.
const NUMBERING = /^\s*[(（]?\d{1,4}[)）.、．:：]?\s+|^\s*\d{1,4}[.、．:：)）]\s*/;
const SEPARATORS = /[\t,，、;；|｜/]+/;

const isUnit = (text: string) => UNIT_END.test(text);

/** One cell pair or a run of names, from one line. */
function readLine(line: string): { entries: RosterEntry[]; reason?: string } {
  const cells = line.replace(NUMBERING, '');
  const text = cells.trim();
  if (!text || HEADER.test(text.replace(/\s+/g, ' '))) return { entries: [] };
  // An Excel row keeps its columns apart with tabs: name, then unit; later columns are ignored.
  if (cells.includes('\t')) {
    const [name = '', unit = ''] = cells.split('\t').map((c) => c.trim());
    return name ? { entries: [{ name, unit }] } : { entries: [], reason: '第一列是空的' };
  }
  // 张三（红旗村） or 张三(红旗村): the unit in brackets.
  const bracket = /^(.+?)\s*[(（](.+)[)）]$/.exec(text);
  if (bracket) return { entries: [{ name: bracket[1]!, unit: bracket[2]! }] };
  const parts = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 2 && isUnit(parts[1]!) && !isUnit(parts[0]!)) return { entries: [pair(parts[0]!, parts[1]!)] };
  if (parts.length === 2 && isUnit(parts[0]!) && !isUnit(parts[1]!)) return { entries: [pair(parts[1]!, parts[0]!)] };
  return { entries: parts.map(splitSpaced) };
}

const pair = (name: string, unit: string): RosterEntry => ({ name, unit });

/**
 * "张三 红旗村" is a name and a unit; "张 三" is one name typed with a space (a WeChat nickname
 * or a two-character name spaced out), so spaces split only around a unit's name.
 */
function splitSpaced(part: string): RosterEntry {
  const words = part.split(/\s+/);
  if (words.length > 1) {
    const last = words.at(-1)!;
    const first = words[0]!;
    if (isUnit(last)) return { name: words.slice(0, -1).join(''), unit: last };
    if (isUnit(first)) return { name: words.slice(1).join(''), unit: first };
  }
  return { name: words.join(''), unit: '' };
}

/** The people in a pasted list, in order, without repeats; lines that give no name are reported. */
export function parseRoster(text: string): { entries: RosterEntry[]; skipped: SkippedLine[] } {
  const entries: RosterEntry[] = [];
  const skipped: SkippedLine[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const { entries: found, reason } = readLine(raw);
    if (reason) skipped.push({ line: i + 1, text: raw.trim().slice(0, 60), reason });
    for (const e of found) {
      const name = e.name.trim();
      const unit = e.unit.trim();
      if (name.length > PROFILE_LIMITS.name || unit.length > PROFILE_LIMITS.unit) {
        skipped.push({ line: i + 1, text: raw.trim().slice(0, 60), reason: '姓名或单位太长，不像一个人的名字' });
        continue;
      }
      const key = rosterKey({ name, unit });
      if (seen.has(key) || entries.length >= MAX_ROSTER) continue;
      seen.add(key);
      entries.push({ name, unit });
    }
  });
  return { entries, skipped };
}

/** Who a roster line is: the person key of name and unit. */
export const rosterKey = (e: RosterEntry) => `${personKey(e.name)}|${personKey(e.unit)}`;
