import type { ConceptRow } from "../types.js";

/** Law, compliance and data protection. */
// biome-ignore format: one concept per line keeps the vocabulary readable
export const LEGAL: readonly ConceptRow[] = [
  ["law", "legal", "Law", "Recht", "legal|lawyer|lawyers|attorney|law firm|legal counsel|general counsel|in-house counsel|legal department|litigation", "Rechtsanwalt|Rechtsanwältin|Anwalt|Anwältin|Kanzlei|Anwaltskanzlei|Rechtsabteilung|Syndikus|Syndikusrechtsanwalt|Justiziar|Justiziarin|juristisch|Jurist|Juristin|Rechtsberatung|Rechtsstreit"],
  ["contract-law", "law", "Contract law", "Vertragsrecht", "contracts|contract management|contract drafting|commercial contracts|terms and conditions|NDA|SLA|service level agreement", "Verträge|Vertragsmanagement|Vertragsgestaltung|AGB|Geheimhaltungsvereinbarung|Vertragsrecht|Rahmenvertrag"],
  ["corporate-law", "law", "Corporate law", "Gesellschaftsrecht", "corporate law|company law|commercial law|GmbH|=?AG|holding structure", "Gesellschaftsrecht|Handelsrecht|Wirtschaftsrecht|Unternehmensrecht"],
  ["it-law", "law", "IT and technology law", "IT-Recht", "technology law|IT law|software licensing|copyright|licensing agreements|open source licenses", "IT-Recht|Urheberrecht|Softwarelizenzen|Lizenzrecht|Medienrecht"],
  ["competition-law", "law", "Competition law", "Wettbewerbsrecht", "antitrust|competition law|cartel|merger control|Digital Markets Act|DMA|Digital Services Act|DSA", "Kartellrecht|Wettbewerbsrecht|Kartellamt|Bundeskartellamt|Fusionskontrolle"],
  ["legal-tech", "law", "Legal tech", "Legal Tech", "legal tech|legaltech|contract automation|e-discovery|legal operations|legal ops", "Legal Tech|Vertragsautomatisierung|Rechtsdigitalisierung"],
  ["arbitration", "law", "Dispute resolution", "Streitbeilegung", "arbitration|mediation|dispute resolution|alternative dispute resolution", "Schiedsverfahren|Mediation|Schlichtung|Streitbeilegung"],
  ["compliance", "legal", "Compliance", "Compliance", "compliance|regulatory compliance|compliance officer|code of conduct|whistleblower|anti-corruption|sanctions compliance|internal audit|internal controls|ICS", "Compliance|Compliance-Management|Verhaltenskodex|Hinweisgeberschutzgesetz|Korruptionsprävention|interne Revision|internes Kontrollsystem|IKS|Regelkonformität"],
  ["data-protection", "compliance", "Data protection", "Datenschutz", "GDPR|data protection|data privacy|privacy|DPO|data protection officer|privacy by design|cookie consent|CCPA|data breach|privacy policy", "DSGVO|Datenschutz|Datenschutzbeauftragter|Datenschutzbeauftragte|Datenschutz-Grundverordnung|Datenpanne|Datenschutzerklärung|Einwilligung|>datenschutz"],
  ["esg-reporting", "compliance", "Sustainability reporting", "Nachhaltigkeitsberichterstattung", "CSRD|ESRS|sustainability reporting|ESG reporting|non-financial reporting|double materiality|GRI standards", "Nachhaltigkeitsbericht|Nachhaltigkeitsberichterstattung|CSRD|ESG-Berichterstattung|doppelte Wesentlichkeit|Wesentlichkeitsanalyse"],
  ["product-compliance", "compliance", "Product compliance", "Produktkonformität", "product compliance|CE marking|product safety|=REACH|RoHS|certification body|TÜV|conformity assessment|Cyber Resilience Act|CRA", "CE-Kennzeichnung|Produktsicherheit|Produkthaftung|Konformitätsbewertung|Zulassung|TÜV"],
  ["medical-regulatory", "compliance", "Regulatory affairs", "Regulatory Affairs", "regulatory affairs|MDR|FDA approval|FDA|EMA|clinical regulatory|GxP|GMP|medical device regulation", "Regulatory Affairs|Zulassungsverfahren|Medizinprodukteverordnung|Arzneimittelzulassung|GMP"],
  ["governance-risk-compliance", "compliance", "GRC", "GRC", "GRC|governance risk and compliance|audit readiness|SOX|controls testing", "Governance, Risk und Compliance|Prüfungsbereitschaft"],
];
