/**
 * English title lexicon, written by hand. Patterns run on normalised text (see normalize.ts):
 * lower case, accent-free, hyphens as spaces. English words are matched at word starts;
 * a trailing `\b` is left off where plurals and derived forms should also match.
 */
import { F, type FunctionRule, RANK, type SeniorityRule } from "./rules.js";

const { generic, weakNoun, domain, strongNoun, phrase } = RANK;

export const EN_FUNCTION_RULES: readonly FunctionRule[] = [
  // Executive abbreviations and fixed phrases.
  [
    "\\b(ceo|chief executive|(?<!vice )president|managing director|general manager|country manager|chief of staff)\\b",
    F.gm,
    phrase,
  ],
  ["\\b(cto|chief technology|chief technical|vp eng|swe|sde|sre)\\b", F.eng, phrase],
  [
    "\\b(cio|ciso|chief information|help ?desk|service desk|desktop support|it support)\\b",
    F.it,
    phrase,
  ],
  ["\\b(cfo|chief financial|chief accounting)\\b", F.finance, phrase],
  ["\\b(coo|chief operating)\\b", F.ops, phrase],
  ["\\b(cmo|chief marketing)\\b", F.marketing, phrase],
  ["\\b(chro|chief (human|people))\\b", F.hr, phrase],
  ["\\b(cro|chief revenue|chief sales|cso)\\b", F.sales, phrase],
  ["\\b(cdo|chief data)\\b", F.data, phrase],
  ["\\bsales engineer|\\bsolutions? engineer|\\bpre ?sales", F.sales, phrase],
  [
    "\\bdesign engineer|\\bdata engineer|\\b(machine learning|ml|ai|devops|cloud|platform) engineer",
    F.eng,
    phrase,
  ],
  [
    "\\b(product (manager|owner|lead|management|director|specialist|marketing manager))|\\b(pm|po|apm|cpo)\\b",
    F.product,
    phrase,
  ],
  [
    "\\b(project|program|programme|delivery) (manager|lead|coordinator|director|management|officer|engineer)|\\bscrum master|\\bagile coach|\\bpmo\\b",
    F.project,
    phrase,
  ],
  ["\\b(ux|ui|user experience|user interface|ux ui)\\b", F.design, phrase],
  [
    "\\b(business development|bd|bdm|bdr|partnerships?|partner manager|alliances?)\\b",
    F.bizdev,
    phrase,
  ],
  [
    "\\b(customer success|customer service|customer support|customer care|client services?|call center|contact center|technical support)\\b",
    F.support,
    phrase,
  ],
  [
    "\\b(key account|account (manager|executive|director)|kam|sdr|inside sales|field sales)\\b",
    F.sales,
    phrase,
  ],
  [
    "\\b(hr business partner|human resources|hr|talent acquisition|people (operations|partner)|payroll (manager|specialist)|benefits|compensation)\\b",
    F.hr,
    phrase,
  ],
  [
    "\\b(public relations|pr|communications?|press|spokes(person|man|woman)|content creator|copywriter)\\b",
    F.media,
    phrase,
  ],
  [
    "\\b(legal counsel|general counsel|counsel|paralegal|compliance|regulatory affairs|privacy officer|contracts? manager)\\b",
    F.legal,
    phrase,
  ],
  // Planners of cities and regions are social scientists in SOC (19-3051).
  ["\\b(urban|city|town|regional|spatial|transport(ation)?) planner", F.data, phrase],
  [
    "\\bsustainability (manager|officer|lead|director|coordinator|specialist)|\\besg (manager|officer|lead)",
    F.ops,
    phrase,
  ],
  ["\\bcommunity (manager|management|lead)", F.marketing, phrase],
  [
    "\\b(learning (and|&) development|l ?& ?d|training (manager|specialist|coordinator))\\b",
    F.hr,
    phrase,
  ],
  ["\\b(venture capital|private equity)", F.finance, domain],
  [
    "\\b(it|information technology|business intelligence|bi) (consultant|architect)\\b",
    F.consulting,
    phrase,
  ],
  ["\\b(management|strategy|business|sap|it|technology) consultant", F.consulting, phrase],
  ["\\b(business analyst|management analyst)", F.consulting, phrase],
  [
    "\\b(financial|investment|credit|budget|loan|finance|securities|tax) (analyst|advisor|adviser|officer|examiner|specialist|planner|consultant)",
    F.finance,
    phrase,
  ],
  [
    "\\b(personal assistant|executive assistant|administrative|office manager|receptionist|front desk|data entry|office clerk|file clerk)",
    F.admin,
    phrase,
  ],
  [
    "\\b(teaching|teacher|classroom|instructional) (assistant|aide)|\\bteacher'?s aide",
    F.edu,
    phrase,
  ],
  [
    "\\b(medical|dental|nursing|pharmacy|veterinary|clinical|physician) (assistant|aide|secretary|technician|technologist|receptionist)",
    F.health,
    phrase,
  ],
  ["\\b(research|lab|laboratory) (assistant|associate|technician|aide)", F.data, phrase],
  ["\\b(art|creative) director", F.design, phrase],
  [
    "\\b(graphic|web|interior|fashion|industrial|product|visual|game|exhibit|set|floral) designer",
    F.design,
    phrase,
  ],
  [
    "\\b(supply chain|logistics|warehouse|inventory|operations|facilit(y|ies)|quality assurance manager|dispatch)",
    F.ops,
    phrase,
  ],
  ["\\b(procurement|purchasing|sourcing|buyer|category manager)", F.purchasing, phrase],
  [
    "\\b(event|meeting|convention) (planner|manager|coordinator)|\\bmarket research|\\bsocial media|\\bcontent marketing",
    F.marketing,
    phrase,
  ],
  [
    "\\b(real estate|insurance|securities|travel|advertising) (agent|broker|sales)",
    F.sales,
    phrase,
  ],
  [
    "\\b(claims?|insurance) (adjuster|examiner|investigator|processor)|\\bunderwriter",
    F.finance,
    phrase,
  ],
  [
    "\\b(software|qa|test|quality assurance) (engineer|tester|analyst|developer)|\\bsdet\\b",
    F.eng,
    phrase,
  ],
  ["\\b(tech|technical|engineering|development|dev) (lead|manager|director)", F.eng, phrase],
  ["\\b(head|director|vp|vice president) (of )?engineering", F.eng, phrase],
  [
    "\\bsocial worker|\\bcounselor|\\bcounsellor|\\bpsychologist|\\bnurse practitioner",
    F.health,
    phrase,
  ],
  ["\\bcurator|\\barchivist|\\bmuseum", F.arts, phrase],
  ["\\b(founder|co ?founder|cofounder|owner|proprietor)\\b", F.gm, weakNoun],
  // Role nouns that fix the function.
  ["\\b(developer|programmer|devops|coder)", F.eng, strongNoun],
  [
    "\\b(sysadmin|system administrator|network administrator|database administrator|dba)\\b",
    F.it,
    strongNoun,
  ],
  [
    "\\b(teacher|professor|lecturer|instructor|tutor|educator|principal|dean|librarian|teaching|faculty)\\b",
    F.edu,
    strongNoun,
  ],
  [
    "\\b(nurse|nursing|physician|doctor|surgeon|therapist|pharmacist|dentist|hygienist|paramedic|midwife)",
    F.health,
    strongNoun,
  ],
  [
    "\\b(psychiatrist|radiolog|cardiolog|anesthesiolog|patholog|dermatolog|neurolog|oncolog|pediatric|optometrist|chiropractor|dietitian|nutritionist|audiologist|sonographer|phlebotomist|caregiver|emt\\b|veterinar|ophthalmolog|physiolog)",
    F.health,
    strongNoun,
  ],
  ["\\b(attorney|lawyer|solicitor|barrister|judge|magistrate|notary|legal)", F.legal, strongNoun],
  [
    "\\b(accountant|accounting|auditor|bookkeep|controller|comptroller|treasurer|actuar|teller|banker|cashier|payroll)",
    F.finance,
    strongNoun,
  ],
  ["\\b(recruiter|recruiting|recruitment|headhunter|sourcer)", F.hr, strongNoun],
  ["\\b(designer|illustrator|animator)", F.design, strongNoun],
  ["\\b(draftsman|drafter|drafting)", F.eng, strongNoun],
  [
    "\\b(journalist|reporter|editor|writer|author|translator|interpreter|photographer|videographer|announcer|broadcaster|correspondent|columnist|proofreader|publisher)",
    F.media,
    strongNoun,
  ],
  [
    "\\b(artist|musician|actor|actress|dancer|singer|composer|painter|sculptor|choreographer|conductor|performer|entertainer|comedian|model)\\b",
    F.arts,
    strongNoun,
  ],
  [
    "\\b(salesperson|salesman|saleswoman|seller|realtor|broker|merchandiser|telemarketer)",
    F.sales,
    strongNoun,
  ],
  ["\\b(secretary|receptionist|typist|stenographer)", F.admin, strongNoun],
  ["\\bclerk", F.admin, weakNoun],
  [
    "\\b(scientist|researcher|statistician|economist|chemist|physicist|biologist|geologist|mathematician|epidemiologist|astronomer|meteorologist|postdoc|anthropologist|sociologist|archaeologist|ecologist|microbiologist|biochemist|hydrologist|geographer|historian)",
    F.data,
    strongNoun,
  ],
  ["\\b(logistician|dispatcher|expeditor|planner|scheduler)\\b", F.ops, strongNoun],
  ["\\b(engineer|engineering|architect|technician|technologist|surveyor)", F.eng, weakNoun],
  ["\\b(analyst|research)", F.data, weakNoun],
  ["\\b(consultant|consulting|advisor|adviser)", F.consulting, weakNoun],
  ["\\b(assistant|aide)\\b", F.admin, weakNoun],
  ["\\b(coach|trainer)\\b", F.edu, weakNoun],
  // Departments and subjects.
  ["\\b(sales|selling|retail|commercial|revenue|e commerce|ecommerce)\\b", F.sales, domain],
  ["\\b(marketing|advertising|brand|seo|sem|growth|promotions?|fundrais)", F.marketing, domain],
  [
    "\\b(finance|financial|fp ?&? ?a|tax|audit|credit|investment|treasury|billing|collections?|risk)\\b",
    F.finance,
    domain,
  ],
  ["\\b(people|talent|training|learning|workforce)\\b", F.hr, domain],
  [
    "\\b(operations|production|manufacturing|plant|quality|safety|security|shipping|fleet|transportation|distribution|maintenance)\\b",
    F.ops,
    domain,
  ],
  [
    "\\b(it|information systems|network|infrastructure|systems|cyber ?security|information security|computer|database)\\b",
    F.it,
    domain,
  ],
  [
    "\\b(software|hardware|frontend|front end|backend|back end|full ?stack|web|mobile|ios|android|java|python|embedded|firmware|qa|mechanical|electrical|civil|chemical|aerospace|electronics?)\\b",
    F.eng,
    domain,
  ],
  ["\\b(data|analytics|machine learning|laboratory|lab|science|statistic)", F.data, domain],
  ["\\b(product)\\b", F.product, domain],
  ["\\b(design|creative)\\b", F.design, domain],
  [
    "\\b(media|news|editorial|content|broadcast|film|video|radio|television|tv|publishing)\\b",
    F.media,
    domain,
  ],
  [
    "\\b(school|education|academic|curriculum|university|college|student affairs|admissions)",
    F.edu,
    domain,
  ],
  [
    "\\b(medical|clinical|health|healthcare|hospital|patient|dental|pharmac|surgical|nursing|rehabilitation|mental health|therap)",
    F.health,
    domain,
  ],
  ["\\b(arts?|music|theat(er|re)|museum|gallery|dance|cultural)\\b", F.arts, domain],
  ["\\b(office|administration|admin|clerical)\\b", F.admin, domain],
  ["\\b(legal|law|contracts?|regulatory)\\b", F.legal, domain],
  ["\\b(customer|client|guest) (service|relations|experience)", F.support, domain],
  ["\\b(corporate strategy|strategy)\\b", F.gm, domain],
  // Role nouns that carry no function of their own.
  [
    "\\b(manager|management|head|lead|leader|director|officer|specialist|coordinator|supervisor)\\b",
    null,
    generic,
  ],
  [
    "\\b(associate|executive|expert|representative|rep|agent|administrator|partner|vp|svp|evp)\\b",
    null,
    generic,
  ],
  [
    "\\b(intern|internship|apprentice|student|graduate|fellow|freelancer|self employed|employee)\\b",
    null,
    generic,
  ],
  [
    "\\b(operator|driver|worker|mechanic|installer|repairer|repairman|builder|cleaner|cook|chef|firefighter|guard)",
    null,
    generic,
  ],
  [
    "\\b(laborer|machinist|tender|setter|processor|player|deputy|interviewer|inspector|arbitrator|lifeguard|helper|miner|mason)",
    null,
    generic,
  ],
];

export const EN_SENIORITY_RULES: readonly SeniorityRule[] = [
  [
    "\\b(intern|internship|apprentice|apprenticeship|working student|student|trainee|co ?op)\\b",
    "intern",
    "role",
  ],
  [
    "\\b(junior|jr|entry level|graduate|associate (?=\\w+ (manager|consultant|engineer|developer|designer|product))|assistant (professor|manager|editor))",
    "junior",
    "mod",
  ],
  ["\\b(sdr|bdr|resident|helper|sales development rep)", "junior", "mod"],
  [
    "\\b(senior|sr|snr|experienced|professor)\\b|\\b(developer|engineer|sde|swe) (iii|3)\\b",
    "senior",
    "mod",
  ],
  [
    "\\b(lead|leader|team leader|supervisor|foreman|forewoman|principal \\w+|staff (engineer|software|data|scientist)|head nurse|charge nurse|chief of staff)",
    "lead",
    "role",
  ],
  ["\\b(engineering|team|(?<!business )development|group) manager", "lead", "role"],
  [
    "\\b(director|head|associate partner|dean|superintendent|general manager|country manager|chief)\\b|\\bhead of\\b|^principal$",
    "director",
    "role",
  ],
  ["\\b(vp|svp|evp|avp|vice president|vice chancellor)\\b", "vp", "role"],
  [
    "\\b(ceo|cto|cfo|coo|cmo|cio|cpo|cdo|cso|chro|cro|cco|ciso|(?<!vice )president|managing director|executive director)\\b",
    "c-level",
    "role",
  ],
  ["\\bchief (?!of staff)\\w+( \\w+)? officer\\b|\\bchief executive", "c-level", "role"],
  [
    "(?<!product )\\bowner\\b|\\b(founder|co ?founder|cofounder|proprietor|freelancer|self employed|managing partner)\\b",
    "owner",
    "role",
  ],
  [
    "(?<!(business|hr|channel|sales|associate|junior) )\\bpartner\\b(?! (manager|management|marketing|success|sales|account|development))",
    "owner",
    "role",
  ],
];
