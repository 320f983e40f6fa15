/**
 * US employment by SOC major group, OEWS May 2023 (exact).
 *
 * Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics,
 * national cross-industry file `national_M2023_dl.csv`, rows with `O_GROUP = major`;
 * cross-checked against BLS release USDL-24-0628 (3 Apr 2024). Transcribed from SCIENCE.md §6.1.
 * Year: May 2023. Scope: wage and salary jobs in the United States, all industries. The
 * self-employed are excluded and farming is under-covered (OEWS skips most of agriculture).
 * The 22 groups sum exactly to the total, 151,853,870 (checked in the tests).
 */
export interface SocMajorGroup {
  /** SOC code of the major group, e.g. "15-0000". */
  code: string;
  title: string;
  employment: number;
}

export const OEWS_2023_SOURCE =
  "US BLS Occupational Employment and Wage Statistics (OEWS), national, May 2023, SOC major groups";
export const OEWS_2023_YEAR = 2023;
export const OEWS_2023_TOTAL = 151_853_870;

export const OEWS_2023_MAJOR_GROUPS: readonly SocMajorGroup[] = [
  { code: "11-0000", title: "Management", employment: 10_495_770 },
  { code: "13-0000", title: "Business and financial operations", employment: 10_087_830 },
  { code: "15-0000", title: "Computer and mathematical", employment: 5_177_400 },
  { code: "17-0000", title: "Architecture and engineering", employment: 2_539_660 },
  { code: "19-0000", title: "Life, physical, and social science", employment: 1_389_430 },
  { code: "21-0000", title: "Community and social service", employment: 2_418_130 },
  { code: "23-0000", title: "Legal", employment: 1_240_630 },
  { code: "25-0000", title: "Educational instruction and library", employment: 8_744_560 },
  {
    code: "27-0000",
    title: "Arts, design, entertainment, sports, and media",
    employment: 2_106_490,
  },
  { code: "29-0000", title: "Healthcare practitioners and technical", employment: 9_284_210 },
  { code: "31-0000", title: "Healthcare support", employment: 7_063_530 },
  { code: "33-0000", title: "Protective service", employment: 3_504_330 },
  { code: "35-0000", title: "Food preparation and serving related", employment: 13_247_870 },
  {
    code: "37-0000",
    title: "Building and grounds cleaning and maintenance",
    employment: 4_429_070,
  },
  { code: "39-0000", title: "Personal care and service", employment: 3_040_630 },
  { code: "41-0000", title: "Sales and related", employment: 13_380_660 },
  { code: "43-0000", title: "Office and administrative support", employment: 18_533_450 },
  { code: "45-0000", title: "Farming, fishing, and forestry", employment: 432_200 },
  { code: "47-0000", title: "Construction and extraction", employment: 6_225_630 },
  { code: "49-0000", title: "Installation, maintenance, and repair", employment: 5_989_460 },
  { code: "51-0000", title: "Production", employment: 8_770_170 },
  { code: "53-0000", title: "Transportation and material moving", employment: 13_752_760 },
];
