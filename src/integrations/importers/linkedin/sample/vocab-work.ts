/** Companies, titles and skills for the bubble of a German IT consultant. */
import { list } from "./vocab-people.js";

/** One of the owner's employers; colleagues write the name in several ways. */
export interface Employer {
  /** Spellings colleagues use, with weights (the first is the official one). */
  names: readonly (readonly [string, number])[];
  title: string;
  location: string;
  /** `YYYY-MM` */
  from: string;
  /** `YYYY-MM`; undefined = still there. */
  to?: string;
  description: string;
  /** Share of the owner's connections that are colleagues from here. */
  share: number;
  blog?: string;
}

export const EMPLOYERS: readonly Employer[] = [
  {
    names: [
      ["Hanseatic Data Labs GmbH", 8],
      ["Hanseatic Data Labs", 2],
    ],
    title: "Werkstudent Softwareentwicklung",
    location: "Hamburg, Deutschland",
    from: "2013-04",
    to: "2015-09",
    description: "Entwicklung interner Reporting-Tools in Java und SQL.",
    share: 0.03,
  },
  {
    names: [
      ["Datenhafen AG", 7],
      ["Datenhafen", 2],
      ["DATENHAFEN AG", 1],
    ],
    title: "Softwareentwickler",
    location: "Hamburg, Deutschland",
    from: "2015-10",
    to: "2019-03",
    description: "Backend-Entwicklung (Java, Spring), Kafka-Pipelines, Betrieb auf Kubernetes.",
    share: 0.08,
    blog: "https://tech.datenhafen.de/",
  },
  {
    names: [
      ["Brückner & Partner Software GmbH & Co. KG", 6],
      ["Brückner & Partner", 3],
    ],
    title: "Senior Software Engineer",
    location: "Hamburg, Germany",
    from: "2019-04",
    to: "2022-06",
    description: "Tech lead for a logistics platform, migration to AWS, mentoring, hiring.",
    share: 0.12,
  },
  {
    names: [
      ["Elbkraft Consulting GmbH", 8],
      ["Elbkraft Consulting", 3],
      ["elbkraft consulting", 1],
    ],
    title: "Senior IT-Consultant",
    location: "Hamburg, Deutschland · Hybrid",
    from: "2022-07",
    to: "2024-12",
    description: "Cloud- und Datenplattform-Projekte für Kunden aus Logistik und Handel.",
    share: 0.07,
    blog: "https://www.elbkraft-consulting.de/blog/",
  },
  {
    names: [
      ["Elbkraft Consulting GmbH", 8],
      ["Elbkraft Consulting", 3],
      ["elbkraft consulting", 1],
    ],
    title: "Principal Consultant Cloud & Data",
    location: "Hamburg, Deutschland · Hybrid",
    from: "2025-01",
    description: "Verantwortung für den Bereich Cloud & Data, Pre-Sales, Architektur-Reviews.",
    share: 0.11,
    blog: "https://www.elbkraft-consulting.de/blog/",
  },
];

/** Real large employers, each with the spellings people actually type. */
export const BIG_COMPANIES: readonly (readonly string[])[] = [
  ["SAP SE", "SAP"],
  ["Siemens AG", "Siemens"],
  ["Deutsche Telekom AG", "Deutsche Telekom", "Telekom Deutschland GmbH", "T-Systems"],
  ["Robert Bosch GmbH", "Bosch"],
  ["Otto Group", "OTTO", "Otto GmbH & Co KG"],
  ["Zalando SE", "Zalando"],
  ["Accenture", "Accenture DACH"],
  ["Capgemini", "Capgemini Invent"],
  ["adesso SE", "adesso"],
  ["msg systems ag"],
  ["IBM", "IBM Deutschland GmbH"],
  ["Microsoft", "Microsoft Deutschland GmbH"],
  ["Amazon Web Services (AWS)", "Amazon"],
  ["Deloitte", "Deloitte Consulting GmbH"],
  ["PwC Deutschland", "PwC"],
  ["KPMG AG Wirtschaftsprüfungsgesellschaft", "KPMG"],
  ["Hapag-Lloyd AG", "Hapag-Lloyd"],
  ["Deutsche Bahn", "DB Systel GmbH", "Deutsche Bahn AG"],
  ["Lufthansa Group", "Lufthansa Industry Solutions"],
  ["Airbus"],
  ["Beiersdorf AG", "Beiersdorf"],
  ["Tchibo GmbH"],
  ["New Work SE", "XING"],
  ["Bertelsmann"],
  ["Commerzbank AG"],
  ["Hamburger Sparkasse AG (Haspa)"],
  ["Universität Hamburg"],
  ["Technische Universität München", "TU München"],
  ["HAW Hamburg"],
  ["Fraunhofer-Gesellschaft"],
  ["Google"],
  ["Salesforce"],
  ["Thoughtworks"],
  ["Atlassian"],
  ["Booking.com"],
  ["Spotify"],
];

/** Clients of the owner's consultancy: over-represented among connections. */
export const CLIENTS = [16, 4, 17] as const; // indices into BIG_COMPANIES

export const DE_PREFIXES = list(
  "Nord|Süd|Alster|Elb|Weser|Isar|Rhein|Spree|Main|Hansa|Küsten|Berg|Wald|Blau|Grün|Stern",
  "Licht|Brücken|Falken|Kranich|Anker|Leuchtturm|Mühlen|Tannen|Linden|Fleet|Deich|Marsch",
);
export const DE_STEMS = list(
  "soft|data|tech|logistik|consult|digital|media|systems|werk|bau|energie|med|finanz",
  "versand|labs|cloud|analytics|netz|plan|service|solar|druck",
);
export const DE_FORMS: readonly (readonly [string, number])[] = [
  [" GmbH", 40],
  [" AG", 6],
  [" SE", 2],
  [" GmbH & Co. KG", 8],
  [" UG (haftungsbeschränkt)", 3],
  [" e.V.", 2],
  [" KG", 2],
  [" GbR", 1],
  [" gGmbH", 1],
  ["", 15],
  [" Gmbh", 1],
  [" GmbH & Co KG", 2],
];
export const EN_PREFIXES = list(
  "Northwind|Blue Harbor|Bright Path|Silver Oak|Red Fern|Clearwater|Summit|Beacon|Ironbridge",
  "Lakeside|Cobalt|Evergreen|Granite|Polaris|Tidewater",
);
export const EN_STEMS = list(
  "Analytics|Labs|Software|Systems|Health|Robotics|Capital|Media|Logistics|Cloud|AI|Security",
);
export const EN_FORMS: readonly (readonly [string, number])[] = [
  [" Inc.", 5],
  [" Ltd.", 4],
  [" LLC", 3],
  [" Ltd", 1],
  [", Inc.", 1],
  [" B.V.", 1],
  ["", 4],
];

export const SELF_EMPLOYED = list("Freiberufler|Selbstständig|Self-employed|Freelance|Selbständig");
export const SELF_EMPLOYED_TITLES = list(
  "Freiberuflicher IT-Berater|Freelance Software Developer|Coach & Trainerin|Interim CTO",
  "Freelance UX Designer|Agile Coach|Journalistin (frei)|Berater für Digitalisierung",
);

/** Titles in IT and consulting (where the owner's bubble sits). */
export const IT_TITLES = list(
  "Senior Software Engineer|Software Engineer|Softwareentwickler (m/w/d)|Softwareentwicklerin",
  "Entwickler:in|Full Stack Developer|Backend Developer|Frontend-Entwickler|DevOps Engineer",
  "Cloud Architect|Solution Architect|IT-Architekt|Data Scientist|Data Engineer",
  "Senior Data Engineer|Machine Learning Engineer|Werkstudent Data Science|Product Owner",
  "Werkstudentin Softwareentwicklung|Scrum Master|Agile Coach|IT-Projektleiter|Projektmanagerin",
  "Teamleiter Softwareentwicklung|Head of Engineering|CTO|CTO & Co-Founder|Engineering Manager",
  "Lead Developer|QA Engineer|Testmanager|Systemadministrator|IT Security Consultant",
  "SAP Berater|UX Designer|UI/UX Designerin|Business Analyst|Requirements Engineer",
  "Senior Consultant|Consultant|Managing Consultant|Principal Consultant|IT-Berater",
  "Unternehmensberaterin|Partner|Associate Partner|Senior Manager Technology Consulting",
  "Staff Engineer|Platform Engineer|Site Reliability Engineer|Head of Data|Senior Product Manager",
);

/** Titles outside IT: the rest of a real network. */
export const OTHER_TITLES = list(
  "Head of Marketing|Marketing Manager|Online-Marketing-Managerin|Teamleiter Vertrieb",
  "Key Account Manager|Vertriebsleiter|Account Executive|Sales Manager DACH|Geschäftsführer",
  "Business Development Manager|Geschäftsführerin|Managing Director|CEO|Founder & CEO",
  "Sachbearbeiterin Buchhaltung|Controller|Leiterin Finanzen|HR Business Partner|Recruiterin",
  "Talent Acquisition Specialist|Personalreferentin|Office Managerin|Einkäufer|Logistikleiter",
  "Assistenz der Geschäftsführung|Produktionsleiter|Ingenieurin Maschinenbau|Elektroingenieur",
  "Wissenschaftliche Mitarbeiterin|Doktorand|Professorin für Informatik|Lehrerin|Ärztin",
  "Rechtsanwalt|Steuerberaterin|Journalist|Redakteurin|Bankkaufmann|Kundenberater",
  "Customer Success Manager|Community Manager|Pressesprecherin|Werkstudentin Marketing",
  "Head of People|Chief Operating Officer|Disponent|Supply Chain Analyst|Trainee Controlling",
);

export const RECRUITING_AGENCIES = list(
  "Hays AG|Randstad Deutschland|Michael Page|Robert Half|Gulp – experts united|Computer Futures",
  "Amoria Bond|Austin Fraser",
);
export const RECRUITER_TITLES = list(
  "Senior Recruiter IT|IT-Recruiterin|Talent Acquisition Partner|Personalberater IT",
  "Senior Consultant Recruitment|Account Manager IT-Freelancer",
);

export const OWNER_SKILLS = list(
  "Java|Kotlin|TypeScript|Spring Boot|Kubernetes|Amazon Web Services (AWS)|Microsoft Azure",
  "Terraform|Apache Kafka|PostgreSQL|Softwarearchitektur|Domain-Driven Design (DDD)|Scrum",
  "Projektmanagement|Cloud Computing|Microservices|CI/CD|Data Engineering|Python|IT-Beratung",
  "Stakeholder Management|Requirements Engineering|Agile Methoden|Docker",
);

export const TOPICS = list(
  "Kubernetes|Kafka|Datenplattformen|Cloud-Migration|Domain-Driven Design|Barrierefreiheit",
  "KI im Mittelstand|TypeScript|Platform Engineering|Data Mesh|FinOps|Observability",
);
