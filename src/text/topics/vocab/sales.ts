import type { ConceptRow } from "../types.js";

/** Sales, customers and commerce. */
// biome-ignore format: one concept per line keeps the vocabulary readable
export const SALES: readonly ConceptRow[] = [
  ["sales-general", "sales", "Sales", "Vertrieb", "selling|sales team|sales strategy|sales manager|sales representative|account executive|head of sales|VP sales|revenue growth", "Vertriebsstrategie|Vertriebsleiter|Vertriebsleiterin|Verkauf|Vertriebsteam|Außendienst|Innendienst|Vertriebsmitarbeiter|>vertrieb"],
  ["b2b-sales", "sales-general", "B2B sales", "B2B-Vertrieb", "B2B sales|enterprise sales|solution selling|consultative selling|complex sales|key account|key account management|KAM", "Key Account Management|Key Account Manager|Großkundenbetreuung|lösungsorientierter Vertrieb|Lösungsvertrieb"],
  ["sales-development", "sales-general", "Sales development", "Neukundengewinnung", "lead generation|prospecting|cold calling|cold outreach|SDR|BDR|outbound|pipeline generation|leads", "Leadgenerierung|Kaltakquise|Akquise|Neukunden|Neukundenakquise|Leads"],
  ["sales-operations", "sales-general", "Revenue operations", "Vertriebssteuerung", "RevOps|revenue operations|sales operations|sales ops|sales enablement|sales pipeline|forecasting accuracy|quota", "Vertriebssteuerung|Sales Enablement|Vertriebscontrolling|Pipeline-Management"],
  ["negotiation", "sales-general", "Negotiation", "Verhandlung", "negotiation|negotiations|negotiating|deal closing|closing deals|contract negotiation", "Verhandlungen|Verhandlungsführung|verhandeln|Vertragsverhandlungen|Verhandlungsgeschick"],
  ["channel-sales", "sales-general", "Channel sales", "Partnervertrieb", "channel sales|reseller|resellers|distributors|distribution partners|channel partners|VAR", "indirekter Vertrieb|Händlernetz|Fachhandel|Vertriebspartner|Wiederverkäufer|Distributoren"],
  ["inside-sales", "sales-general", "Inside sales", "Inside Sales", "inside sales|remote selling|virtual selling|sales calls", "Telefonvertrieb|Inside-Sales"],
  ["customer-success", "sales", "Customer success", "Customer Success", "customer success|customer success manager|CSM|onboarding customers|customer onboarding|net revenue retention|upsell|upselling|cross-selling|renewals", "Kundenerfolg|Customer Success Manager|Kundenbetreuung|Bestandskunden|Cross-Selling|Upselling"],
  ["customer-service", "sales", "Customer service", "Kundenservice", "customer support|customer care|call center|call centre|contact center|service desk agents|support tickets|Zendesk", "Kundendienst|Kundensupport|Callcenter|Servicecenter|Kundenzufriedenheit|Beschwerdemanagement"],
  ["ecommerce", "sales", "E-commerce", "E-Commerce", "ecommerce|e-commerce|online shop|online store|webshop|Shopify|Magento|online retail|D2C brand|checkout", "Onlinehandel|Online-Handel|Onlineshop|Online-Shop|Webshop|Versandhandel|>onlinehandel"],
  ["marketplaces-commerce", "ecommerce", "Marketplace selling", "Marktplatzhandel", "Amazon seller|Amazon marketplace|marketplace sellers|Zalando|eBay|Etsy", "Amazon-Händler|Marktplatzhändler|Händlerplattform"],
  ["social-commerce", "ecommerce", "Social and quick commerce", "Social und Quick Commerce", "social commerce|live shopping|quick commerce|q-commerce|conversational commerce", "Live-Shopping|Social Commerce|Quick Commerce"],
  ["retail-sales", "sales", "Retail sales", "Einzelhandelsvertrieb", "store management|point of sale|POS|retail store|in-store|visual merchandising|category management|merchandising", "Filiale|Filialen|Filialleitung|Kassensystem|Ladengeschäft|Warenpräsentation|Kategoriemanagement|stationärer Handel"],
  ["tenders", "sales", "Tenders and bids", "Ausschreibungen", "tender|tenders|RFP|RFI|request for proposal|bid management|public tender|public tenders", "Ausschreibung|öffentliche Ausschreibung|Vergabeverfahren|Angebotsmanagement|Vergabe|Vergaberecht"],
  ["customer-relationship", "sales", "Client relationships", "Kundenbeziehungen", "client relationships|client relationship|account management|relationship management|trusted advisor|client base|clients|customers", "Kundenbeziehung|Kundenbeziehungen|Kunden|Kundinnen|Kundenstamm|Mandanten|Auftraggeber"],
];
