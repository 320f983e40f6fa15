import type { ConceptRow } from "../types.js";
import { BUSINESS } from "./business.js";
import { FINANCE } from "./finance.js";
import { FUNCTIONS } from "./functions.js";
import { GROUPS } from "./groups.js";
import { INDUSTRIES_A } from "./industries-a.js";
import { INDUSTRIES_B } from "./industries-b.js";
import { INDUSTRIES_C } from "./industries-c.js";
import { LEGAL } from "./legal.js";
import { MARKETING } from "./marketing.js";
import { METHODS } from "./methods.js";
import { OPERATIONS } from "./operations.js";
import { PEOPLE } from "./people.js";
import { PRODUCT_DESIGN } from "./product-design.js";
import { SALES } from "./sales.js";
import { SCIENCE } from "./science.js";
import { SKILLS } from "./skills.js";
import { SUSTAINABILITY } from "./sustainability.js";
import { TECH_DATA } from "./tech-data.js";
import { TECH_EXTRA } from "./tech-extra.js";
import { TECH_INFRA } from "./tech-infra.js";
import { TECH_SOFTWARE } from "./tech-software.js";
import { TOOLS } from "./tools.js";

/** Every vocabulary row, top-level groups first. */
export const VOCABULARY_ROWS: readonly ConceptRow[] = [
  ...GROUPS,
  ...TECH_SOFTWARE,
  ...TECH_INFRA,
  ...TECH_DATA,
  ...TECH_EXTRA,
  ...TOOLS,
  ...BUSINESS,
  ...FINANCE,
  ...MARKETING,
  ...SALES,
  ...PEOPLE,
  ...OPERATIONS,
  ...PRODUCT_DESIGN,
  ...LEGAL,
  ...SUSTAINABILITY,
  ...INDUSTRIES_A,
  ...INDUSTRIES_B,
  ...INDUSTRIES_C,
  ...METHODS,
  ...SKILLS,
  ...SCIENCE,
  ...FUNCTIONS,
];
