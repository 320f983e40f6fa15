import type { ConceptRow } from "../types.js";

/** Methods and ways of working: agile, project management, frameworks. */
// biome-ignore format: one concept per line keeps the vocabulary readable
export const METHODS: readonly ConceptRow[] = [
  ["agile", "methods", "Agile", "Agile Methoden", "agile|agility|agile transformation|agile coach|agile methods|agile mindset|agile manifesto", "agil|agile|agilen|Agilität|agile Transformation|Agile Coach|agiles Arbeiten|agiles Mindset"],
  ["scrum", "agile", "Scrum", "Scrum", "Scrum|scrum master|sprint planning|sprint review|retrospective|retrospectives|daily standup|daily stand-up|sprints", "Scrum Master|Sprintplanung|Retrospektive|Retrospektiven|Sprint"],
  ["kanban", "agile", "Kanban", "Kanban", "Kanban board|WIP limits|work in progress limits|flow metrics", "Kanban-Board"],
  ["scaled-agile", "agile", "Scaled agile", "Skalierte Agilität", "SAFe|scaled agile|LeSS|Spotify model|PI planning|agile release train|squads and tribes", "skalierte Agilität|SAFe|PI-Planning"],
  ["project-management", "methods", "Project management", "Projektmanagement", "project management|project manager|project managers|PMP|PMO|PRINCE2|IPMA|project planning|waterfall|Gantt|milestones|project lead", "Projektmanagement|Projektleiter|Projektleiterin|Projektleitung|Projektplanung|Projektmanager|Projektmanagerin|Meilensteine|Wasserfall|Projektsteuerung|>projektmanagement|>projektleitung"],
  ["program-management", "project-management", "Programme and portfolio management", "Programm- und Portfoliomanagement", "program management|programme management|portfolio management projects|PPM|project portfolio|transformation office", "Programmmanagement|Multiprojektmanagement|Projektportfolio"],
  ["okr", "methods", "OKRs and goal setting", "OKR und Zielsetzung", "OKR|OKRs|objectives and key results|goal setting|north star metric|MBO", "OKR|OKRs|Zielvereinbarung|Zielvereinbarungen|Zielsetzung|Nordstern-Metrik"],
  ["lean-startup", "methods", "Lean startup", "Lean Startup", "lean startup|build measure learn|experimentation|hypothesis-driven|validated learning|pivot", "Lean Startup|Experimente|hypothesengetrieben|Pivot"],
  ["business-model-canvas", "methods", "Business model canvas", "Business Model Canvas", "business model canvas|lean canvas|value proposition canvas|value proposition", "Business Model Canvas|Wertversprechen|Nutzenversprechen"],
  ["facilitation", "methods", "Facilitation", "Moderation", "facilitation|facilitator|workshop facilitation|liberating structures|world café|open space|barcamp|unconference|LEGO Serious Play", "Moderation|Moderator|Moderatorin|Workshopmoderation|Barcamp|Open Space|Großgruppenmoderation"],
  ["systems-thinking", "methods", "Systems thinking", "Systemisches Denken", "systems thinking|system dynamics|complexity|Cynefin|VUCA|BANI", "systemisches Denken|Systemdenken|Komplexität|VUCA|systemische Organisationsentwicklung|systemisch"],
  ["swot", "methods", "Strategic analysis tools", "Strategische Analysewerkzeuge", "SWOT|SWOT analysis|PESTEL|Porter's five forces|BCG matrix|benchmarking|gap analysis", "SWOT-Analyse|Benchmarking|Portfolioanalyse|Wettbewerbsvergleich|Gap-Analyse"],
  ["knowledge-management", "methods", "Knowledge management", "Wissensmanagement", "knowledge management|knowledge sharing|documentation|wiki|communities of practice|knowledge transfer|lessons learned", "Wissensmanagement|Wissenstransfer|Wissensaustausch|Dokumentation|Wissensteilung|Lessons Learned"],
  ["decision-making", "methods", "Decision making", "Entscheidungsfindung", "decision making|decision-making|decision frameworks|RACI|pre-mortem|post-mortem|retros|decision log", "Entscheidungsfindung|Entscheidungsprozesse|RACI|Entscheidungen treffen"],
  ["remote-collaboration", "methods", "Remote collaboration", "Verteilte Zusammenarbeit", "remote collaboration|virtual teams|async communication|asynchronous communication|video calls|virtual meetings|meeting culture", "virtuelle Teams|asynchrone Kommunikation|Meetingkultur|verteilte Teams|virtuelle Zusammenarbeit"],
  ["itil-methods", "methods", "Service management frameworks", "Service-Management-Frameworks", "COBIT|ISO 20000|service level management|SLAs|incident process", "Service-Level-Management|Servicequalität"],
  ["value-engineering", "methods", "Cost and value engineering", "Kosten- und Wertanalyse", "value engineering|cost reduction|cost savings|zero-based budgeting|cost optimization", "Kostenoptimierung|Kostensenkung|Einsparungen|Kosteneinsparungen|Wertanalyse"],
  ["benchmark-research", "methods", "Surveys and studies", "Studien und Umfragen", "study|studies|survey results|report findings|whitepaper study|benchmark report|industry report", "Studie|Studien|Umfrageergebnisse|Branchenreport|Marktstudie|Trendstudie"],
  ["hackathons", "methods", "Hackathons", "Hackathons", "hackathon|hackathons|game jam|innovation day|hack week", "Hackathon|Hackathons|Innovationstag"],
];
