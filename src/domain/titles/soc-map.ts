/**
 * Mapping from US SOC 2018 / O*NET-SOC codes to our job functions, used only to evaluate the
 * classifier against O*NET titles. Longest matching code prefix wins ("15-1252" beats "15-").
 * `null` marks occupations outside our white-collar-leaning functions (construction, food
 * preparation, cleaning, personal care, farming, repair, production, transport, protective
 * service, clergy, …): they are excluded from accuracy rather than forced into "Operations".
 */
import type { JobFunction } from "../taxonomy.js";
import { F } from "./rules.js";

const SOC_PREFIXES: ReadonlyArray<readonly [prefix: string, fn: JobFunction | null]> = [
  // 11 Management: the department decides the function.
  ["11-", F.ops],
  ["11-1011", F.gm],
  ["11-1021", F.gm],
  ["11-1031", null],
  ["11-2011", F.marketing],
  ["11-2021", F.marketing],
  ["11-2022", F.sales],
  ["11-2032", F.media],
  ["11-2033", null],
  ["11-3012", F.admin],
  ["11-3021", F.it],
  ["11-3031", F.finance],
  ["11-3061", F.purchasing],
  ["11-311", F.hr],
  ["11-312", F.hr],
  ["11-313", F.hr],
  ["11-9013", null],
  ["11-9021", F.project],
  ["11-903", F.edu],
  ["11-9041", F.eng],
  ["11-9111", F.health],
  ["11-9121", F.data],
  ["11-9151", null],
  ["11-9199.01", F.legal],
  ["11-9199.02", F.legal],
  ["11-9199.10", F.bizdev],
  // 13 Business and financial operations.
  ["13-", F.ops],
  ["13-1011", F.arts],
  ["13-102", F.purchasing],
  ["13-103", F.finance],
  ["13-1041", F.legal],
  ["13-1041.03", F.hr],
  ["13-1041.06", F.health],
  ["13-1041.08", F.ops],
  ["13-1051", F.finance],
  ["13-1071", F.hr],
  ["13-1074", null],
  ["13-1075", F.hr],
  ["13-1082", F.project],
  ["13-1111", F.consulting],
  ["13-1121", F.marketing],
  ["13-1131", null],
  ["13-1141", F.hr],
  ["13-1151", F.hr],
  ["13-1161", F.marketing],
  ["13-1199.06", F.sales],
  ["13-2", F.finance],
  // 15 Computer and mathematical.
  ["15-1", F.it],
  ["15-1221", F.data],
  ["15-1251", F.eng],
  ["15-1252", F.eng],
  ["15-1253", F.eng],
  ["15-1254", F.eng],
  ["15-1255", F.design],
  ["15-1299.07", F.eng],
  ["15-1299.08", F.eng],
  ["15-1299.09", F.project],
  ["15-2", F.data],
  ["15-2011", F.finance],
  // 17 Architecture and engineering (architects count as Engineering).
  ["17-", F.eng],
  // 19 Life, physical and social science; psychologists are clinicians.
  ["19-", F.data],
  ["19-303", F.health],
  ["19-5", F.ops],
  // 21 Community and social service: counselling and health education count as Healthcare.
  ["21-", null],
  ["21-101", F.health],
  ["21-1012", F.edu],
  ["21-1022", F.health],
  ["21-1023", F.health],
  ["21-1091", F.health],
  ["21-1094", F.health],
  ["23-", F.legal],
  // 25 Educational instruction and library; museum work is Arts & Culture.
  ["25-", F.edu],
  ["25-401", F.arts],
  // 27 Arts, design, entertainment, sports and media.
  ["27-1", F.design],
  ["27-1012", F.arts],
  ["27-1013", F.arts],
  ["27-1014", F.arts],
  ["27-1019", F.arts],
  ["27-2", F.arts],
  ["27-202", null],
  ["27-3", F.media],
  ["27-4", F.media],
  ["29-", F.health],
  ["31-", F.health],
  // 41 Sales.
  ["41-", F.sales],
  ["41-2021", F.support],
  ["41-9012", F.arts],
  // 43 Office and administrative support.
  ["43-", F.admin],
  ["43-3", F.finance],
  ["43-3061", F.purchasing],
  ["43-4051", F.support],
  ["43-4081", F.support],
  ["43-4161", F.hr],
  ["43-4181", F.support],
  ["43-5011", F.ops],
  ["43-502", null],
  ["43-504", null],
  ["43-505", null],
  ["43-5032", F.ops],
  ["43-5061", F.ops],
  ["43-5071", F.ops],
  ["43-5111", F.ops],
  ["43-9031", F.design],
  ["43-9081", F.media],
  // Out of scope: protective service, food, cleaning, personal care, farming, construction,
  // installation and repair, production, transportation (33, 35, 37, 39, 45, 47, 49, 51, 53).
];

const SORTED = [...SOC_PREFIXES].sort((a, b) => b[0].length - a[0].length);

/**
 * The function an O*NET-SOC occupation counts as, or `null` when it is outside our functions.
 * @example socToFunction("15-1252.00") // "Engineering"
 */
export function socToFunction(code: string): JobFunction | null {
  for (const [prefix, fn] of SORTED) if (code.startsWith(prefix)) return fn;
  return null;
}
